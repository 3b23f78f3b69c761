import type Database from 'better-sqlite3';
import type { BlueprintEntry, BlueprintPlanView, PlanRow } from '../../../../shared/api/channels/banks-types';
import { withRoot, type Blueprint } from '../../../../shared/domain/bank/blueprint';
import { checkBlueprint } from '../../../../shared/domain/bank/blueprint-check';
import { BUILTIN_BLUEPRINTS } from '../../../../shared/domain/bank/blueprints-builtin';
import { AppError } from '../../../../shared/domain/errors';
import { deleteBlueprint, findBlueprint, listBlueprints, upsertBlueprint } from '../../db/repos/blueprints';
import { requireBank } from './view';

const isBuiltinId = (id: string): boolean => BUILTIN_BLUEPRINTS.some((b) => b.id === id);

/** The built-in blueprints, then the saved ones. */
export function blueprintEntries(db: Database.Database): BlueprintEntry[] {
  return [
    ...BUILTIN_BLUEPRINTS.map((blueprint) => ({ blueprint, isBuiltin: true, updatedAt: null })),
    ...listBlueprints(db).map((s) => ({ blueprint: s.blueprint, isBuiltin: false, updatedAt: s.updatedAt })),
  ];
}

/** A blueprint by id (built-in first, then saved) or the one given; below `root` when given. */
export function resolveAnyBlueprint(db: Database.Database, blueprint: string | Blueprint, root?: readonly string[]): Blueprint {
  let found: Blueprint | undefined;
  if (typeof blueprint === 'string') {
    found = BUILTIN_BLUEPRINTS.find((b) => b.id === blueprint) ?? findBlueprint(db, blueprint)?.blueprint;
    if (!found) throw new AppError('not_found', `there is no blueprint "${blueprint}"`, 'blueprint');
  } else found = blueprint;
  return root ? withRoot(found, root) : found;
}

/**
 * A blueprint against a stored bank: one row per pool (a quota, or each topic of an
 * "each topic" quota) with the items the bank holds there, the total and every warning.
 */
export function checkAgainstBank(db: Database.Database, bankId: number, given: string | Blueprint, root?: readonly string[]): BlueprintPlanView {
  const bank = requireBank(db, bankId);
  const blueprint = resolveAnyBlueprint(db, given, root);
  const plan = checkBlueprint(blueprint, bank);
  // Which quota each pool came from: the pools of the quotas before it come first, in order.
  const rows: PlanRow[] = [];
  blueprint.quotas.forEach((_, q) => {
    const before = q === 0 ? 0 : checkBlueprint({ ...blueprint, quotas: blueprint.quotas.slice(0, q) }, bank).pools.length;
    const upTo = checkBlueprint({ ...blueprint, quotas: blueprint.quotas.slice(0, q + 1) }, bank).pools.length;
    for (const pool of plan.pools.slice(before, upTo)) rows.push({ quota: q, label: pool.label, path: [...pool.path], count: pool.count, available: pool.itemIds.length });
  });
  return { blueprint, rows, total: plan.total, statedTotal: blueprint.statedTotal, warnings: plan.warnings };
}

/** Saves a custom blueprint; a built-in id is refused (save it under a new id). */
export function saveCustomBlueprint(db: Database.Database, blueprint: Blueprint, now: Date): BlueprintEntry {
  if (isBuiltinId(blueprint.id)) throw new AppError('locked', `"${blueprint.id}" is a built-in blueprint: save your version under another id`, 'blueprint.id');
  const stored = upsertBlueprint(db, blueprint, now);
  return { blueprint: stored.blueprint, isBuiltin: false, updatedAt: stored.updatedAt };
}

/** Deletes a custom blueprint (sittings keep their own copy of the blueprint they used). */
export function deleteCustomBlueprint(db: Database.Database, id: string): { deleted: string } {
  if (isBuiltinId(id)) throw new AppError('locked', `"${id}" is a built-in blueprint and cannot be deleted`, 'id');
  if (!deleteBlueprint(db, id)) throw new AppError('not_found', `there is no saved blueprint "${id}"`, 'id');
  return { deleted: id };
}

import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import type { VariantDrawResult } from '../../../../shared/api/channels/variants-types';
import type { Blueprint, BlueprintWarning } from '../../../../shared/domain/bank/blueprint';
import { checkBlueprint } from '../../../../shared/domain/bank/blueprint-check';
import type { Bank, BankItem } from '../../../../shared/domain/bank/types';
import { AppError } from '../../../../shared/domain/errors';
import { planOf, resolveBlueprint, variantsFor } from '../sittings/create';
import { bankById, type StoredVariant } from '../sittings/store';

/** What a draw from a stored bank needs (the `variant:draw` input, and `variant:print` without a sitting). */
export type DrawRequest = { bankId: number; blueprint: string | Blueprint; root?: string[] | undefined; examinees: number; seed?: string | undefined; maxOverlap?: number | undefined };

/** A draw with everything printing needs: the bank, the blueprint used, its warnings, and the variants from 1. */
export type BankDraw = { seed: string; blueprint: Blueprint; bank: Bank; byId: ReadonlyMap<string, BankItem>; total: number; warnings: BlueprintWarning[]; variants: StoredVariant[] };

/**
 * The blueprint resolved against the bank, refused when it cannot be drawn: a quota larger than
 * its topic is an error here (a draw would have to repeat items), every other finding a warning.
 */
export function drawablePlan(blueprint: Blueprint, bank: Bank): { total: number; warnings: BlueprintWarning[] } {
  const plan = checkBlueprint(blueprint, bank);
  const tooLarge = plan.warnings.filter((w) => w.code === 'quota_exceeds_topic');
  if (tooLarge.length > 0) {
    throw new AppError('out_of_range', `the blueprint cannot be drawn without repeating items: ${tooLarge.map((w) => w.message).join('; ')}`, 'blueprint');
  }
  return { total: planOf(blueprint, bank).total, warnings: plan.warnings };
}

/**
 * Draws one variant per examinee exactly as a sitting with this bank, blueprint and seed would
 * store them (item ids and option order); a random seed when none is given.
 */
export function drawFromBank(db: Database.Database, req: DrawRequest): BankDraw {
  const { bank, byId } = bankById(db, req.bankId);
  const resolved = resolveBlueprint(req);
  const blueprint = req.maxOverlap === undefined ? resolved : { ...resolved, maxOverlap: req.maxOverlap };
  const { total, warnings } = drawablePlan(blueprint, bank);
  const seed = req.seed ?? randomBytes(8).toString('hex');
  return { seed, blueprint, bank, byId, total, warnings, variants: variantsFor(blueprint, bank, byId, seed, req.examinees) };
}

/** `variant:draw`: the seed, the items per variant, the blueprint's warnings and each examinee's items. */
export function drawVariantsForBank(db: Database.Database, req: DrawRequest): VariantDrawResult {
  const draw = drawFromBank(db, req);
  return {
    seed: draw.seed,
    total: draw.total,
    warnings: draw.warnings,
    variants: draw.variants.map((v, i) => ({ examinee: i + 1, seed: v.seed, items: v.items.map((d) => d.id) })),
  };
}

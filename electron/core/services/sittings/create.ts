import type Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import type { AdmittedExaminee, SittingKind, SittingLayout } from '../../../../shared/api/channels/sittings-types';
import { withRoot, type Blueprint } from '../../../../shared/domain/bank/blueprint';
import { checkBlueprint } from '../../../../shared/domain/bank/blueprint-check';
import { BUILTIN_BLUEPRINTS } from '../../../../shared/domain/bank/blueprints-builtin';
import { checkPools, drawVariants } from '../../../../shared/domain/bank/draw';
import type { Bank, BankItem } from '../../../../shared/domain/bank/types';
import { AppError } from '../../../../shared/domain/errors';
import { prepared } from '../../db/prepared';
import { recordAudit } from '../audit';
import { getCohort } from '../cohorts';
import { getListener } from '../listeners';
import { getTemplate } from '../templates';
import { rightsOrder } from '../../../../shared/domain/bank/matching';
import { assertOpen, bankById, examineeRow, loadSitting, sittingRow, type LoadedSitting, type StoredVariant } from './store';

/** What the examiner gives to set up a sitting (the channel's parsed input). */
export type SittingSetup = {
  cohortId: number;
  bankId: number;
  blueprint: string | Blueprint;
  root?: string[] | undefined;
  kind: SittingKind;
  heldOn: string;
  place?: string | null | undefined;
  timeLimitMinutes?: number | null | undefined;
  layout: SittingLayout;
  gradeScale?: string | null | undefined;
  seed?: string | undefined;
};

/** SHA-256 of a kiosk token: the only form the database keeps. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A built-in blueprint by id, or the one given, below `root` when one is given. */
export function resolveBlueprint(input: Pick<SittingSetup, 'blueprint' | 'root'>): Blueprint {
  let blueprint: Blueprint | undefined;
  if (typeof input.blueprint === 'string') {
    blueprint = BUILTIN_BLUEPRINTS.find((b) => b.id === input.blueprint);
    if (!blueprint) throw new AppError('not_found', `no built-in blueprint "${input.blueprint}" (${BUILTIN_BLUEPRINTS.map((b) => b.id).join(', ')})`, 'blueprint');
  } else {
    blueprint = input.blueprint;
  }
  return input.root ? withRoot(blueprint, input.root) : blueprint;
}

function checkGradeScale(db: Database.Database, id: string | null): void {
  if (id === null) return;
  const design = getTemplate(db, id);
  if (design.kind !== 'scale' || design.scale.basis !== 'percent') throw new AppError('bad_input', `${id} is not a percent grade scale; a test is graded on its percent`, 'gradeScale');
}

/** Checks the blueprint can be drawn from the bank: every quota fits its topic, and there is something to draw. */
export function planOf(blueprint: Blueprint, bank: Bank): ReturnType<typeof checkBlueprint> {
  const plan = checkBlueprint(blueprint, bank);
  checkPools(plan.pools);
  if (plan.total === 0) throw new AppError('bad_input', 'the blueprint draws no items from this bank', 'blueprint');
  return plan;
}

/** Creates a sitting: the blueprint resolved against the bank, its seed kept so every variant draws again exactly. */
export function createSitting(db: Database.Database, input: SittingSetup, actor: string, now: Date): number {
  getCohort(db, input.cohortId);
  const { bank } = bankById(db, input.bankId);
  const blueprint = resolveBlueprint(input);
  planOf(blueprint, bank);
  const gradeScale = input.gradeScale !== undefined ? input.gradeScale : blueprint.gradeScale;
  checkGradeScale(db, gradeScale);
  const timeLimit = input.timeLimitMinutes !== undefined ? input.timeLimitMinutes : blueprint.timeLimitMinutes;
  const seed = input.seed ?? randomBytes(8).toString('hex');
  const at = now.toISOString();
  return db.transaction(() => {
    const id = Number(
      prepared(
        db,
        `INSERT INTO sitting (cohort_id, bank_id, blueprint, grade_scale, seed, kind, held_on, place, time_limit_minutes, layout, created_at, opened_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(input.cohortId, input.bankId, JSON.stringify(blueprint), gradeScale, seed, input.kind, input.heldOn, input.place ?? null, timeLimit, input.layout, at, at).lastInsertRowid,
    );
    recordAudit(db, { at: now, actor, action: 'create', entity: 'sitting', entityId: id, after: { blueprint: blueprint.id, bank: input.bankId, seed, kind: input.kind } });
    return id;
  })();
}

/**
 * The variants of examinees 1 … upTo, drawn with `drawVariants` from the blueprint's pools and
 * the sitting's seed; a matching item's right-hand answers get a kept order even when the draw
 * leaves them as stored (see rightsOrder).
 */
export function drawnVariants(loaded: LoadedSitting, upTo: number): StoredVariant[] {
  return variantsFor(loaded.blueprint, loaded.bank, loaded.byId, loaded.row.seed, upTo);
}

/** The variants of examinees 1 … upTo as a sitting with this blueprint, bank and seed would store them. */
export function variantsFor(blueprint: Blueprint, bank: Bank, byId: ReadonlyMap<string, BankItem>, seed: string, upTo: number): StoredVariant[] {
  const plan = planOf(blueprint, bank);
  const variants = drawVariants(bank, plan.pools, {
    seed, examinees: upTo, maxOverlap: blueprint.maxOverlap, shuffleItems: blueprint.shuffleItems, shuffleOptions: blueprint.shuffleOptions,
  });
  return variants.map((v) => ({
    seed: v.seed,
    items: v.items.map((d) => {
      const item = byId.get(d.id)!;
      return { id: d.id, optionOrder: item.type === 'matching' ? rightsOrder(item, v.seed, d.optionOrder) : d.optionOrder };
    }),
  }));
}

/**
 * Admits listeners of the sitting's cohort, each with the next examinee number, its variant and
 * a fresh kiosk token (returned here once; only its SHA-256 is stored). All or nothing.
 */
export function admit(db: Database.Database, input: { sittingId: number; listenerIds: number[] }, actor: string, now: Date): AdmittedExaminee[] {
  const loaded = loadSitting(db, input.sittingId);
  assertOpen(loaded.row);
  if (new Set(input.listenerIds).size !== input.listenerIds.length) throw new AppError('duplicate', 'a listener is named twice', 'listenerIds');
  const listeners = input.listenerIds.map((id, i) => {
    const l = getListener(db, id);
    if (l.cohortId !== loaded.row.cohort_id) throw new AppError('bad_input', `${l.fullName} is not in this sitting's cohort`, `listenerIds[${i}]`);
    if (l.deletedAt) throw new AppError('not_found', `${l.fullName} is in the recycle bin`, `listenerIds[${i}]`);
    if (prepared(db, 'SELECT 1 FROM examinee WHERE sitting_id = ? AND listener_id = ?').get(input.sittingId, id)) {
      throw new AppError('duplicate', `${l.fullName} is already admitted to this sitting`, `listenerIds[${i}]`);
    }
    return l;
  });
  const first = (prepared(db, 'SELECT coalesce(max(number), 0) + 1 AS n FROM examinee WHERE sitting_id = ?').get(input.sittingId) as { n: number }).n;
  const variants = drawnVariants(loaded, first + listeners.length - 1);
  const insert = prepared(db, 'INSERT INTO examinee (sitting_id, listener_id, number, admitted_at, token_hash, variant) VALUES (?, ?, ?, ?, ?, ?)');
  return db.transaction(() => {
    const admitted = listeners.map((l, i): AdmittedExaminee => {
      const number = first + i;
      const token = randomBytes(24).toString('base64url');
      const examineeId = Number(insert.run(input.sittingId, l.id, number, now.toISOString(), hashToken(token), JSON.stringify(variants[number - 1])).lastInsertRowid);
      return { examineeId, listenerId: l.id, listenerName: l.fullName, number, token };
    });
    recordAudit(db, { at: now, actor, action: 'admit', entity: 'sitting', entityId: input.sittingId, after: admitted.map((a) => ({ examinee: a.examineeId, listener: a.listenerId, number: a.number })) });
    return admitted;
  })();
}

/** A new kiosk token for an examinee who lost theirs; the old one stops working at once. */
export function reissueToken(db: Database.Database, examineeId: number, actor: string, now: Date): AdmittedExaminee {
  const row = examineeRow(db, examineeId);
  if (sittingRow(db, row.sitting_id).locked_at) throw new AppError('locked', 'this sitting is closed', 'examineeId');
  const token = randomBytes(24).toString('base64url');
  db.transaction(() => {
    prepared(db, 'UPDATE examinee SET token_hash = ? WHERE id = ?').run(hashToken(token), examineeId);
    recordAudit(db, { at: now, actor, action: 'reissue_token', entity: 'examinee', entityId: examineeId });
  })();
  return { examineeId, listenerId: row.listener_id, listenerName: row.full_name, number: row.number, token };
}

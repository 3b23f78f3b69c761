import type Database from 'better-sqlite3';
import type { ExactNumber, ExamineeResult } from '../../../../shared/api/channels/sittings-types';
import type { DrawnItem } from '../../../../shared/domain/bank/draw';
import { scoreResponse, type ItemResponse } from '../../../../shared/domain/bank/scoring';
import type { BankItem } from '../../../../shared/domain/bank/types';
import { add, compare, div, frac, fromNumber, mul, toNumber, type Fraction } from '../../../../shared/domain/fraction';
import { gradePercent } from '../../../../shared/domain/grade';
import type { Localized } from '../../../../shared/domain/localized';
import { prepared } from '../../db/prepared';
import { toItemResponse } from './public-item';
import { answersOf, handScoresOf, responseOf, variantOf, type ExamineeDbRow, type LoadedSitting, type StoredVariant } from './store';

/** One item of a scored variant: points earned (null: an essay not scored yet) of its maximum. */
export type ScoredItem = { item: BankItem; drawn: DrawnItem; response: ItemResponse | null; earned: Fraction | null; max: Fraction };

/** A scored variant: exact points of the maximum, and how many essays still wait for a person. */
export type ScoredVariant = { items: ScoredItem[]; points: Fraction; max: Fraction; pending: number };

/** The grade of a percent on the sitting's scale, and pass / certificate by the blueprint's pass mark. */
export type Graded = { percent: Fraction | null; band: string | null; grade: Localized | null; mark5: number | null; pass: boolean | null; certificate: boolean | null };

const ZERO = frac(0);

/** The item of a variant in the bank; a bank that lost an item is an internal fault, not the examinee's. */
function itemOf(loaded: LoadedSitting, id: string): BankItem {
  const item = loaded.byId.get(id);
  if (!item) throw new Error(`sitting ${loaded.row.id}: item ${id} of a variant is not in bank ${loaded.row.bank_id}`);
  return item;
}

/**
 * Scores a variant from the answers as given: each item's credit (scoreResponse, with the
 * blueprint's partial credit) × its points; an unanswered item earns 0; essays take their hand
 * score or stay pending (a blank essay earns 0).
 */
export function scoreVariant(
  loaded: LoadedSitting,
  variant: StoredVariant,
  responses: ReadonlyMap<string, ItemResponse>,
  hand: ReadonlyMap<string, Fraction>,
): ScoredVariant {
  const settings = { partialCredit: loaded.blueprint.partialCredit };
  let points = ZERO;
  let max = ZERO;
  let pending = 0;
  const items = variant.items.map((drawn): ScoredItem => {
    const item = itemOf(loaded, drawn.id);
    const itemMax = fromNumber(item.points);
    const response = responses.get(item.id) ?? null;
    let earned: Fraction | null = ZERO;
    if (item.type === 'essay') {
      // A blank essay earns 0 without waiting for a person; a hand score still overrides it.
      const isBlank = response?.type !== 'essay' || response.text.trim() === '';
      earned = hand.get(item.id) ?? (isBlank ? ZERO : null);
      if (earned === null) pending += 1;
    } else if (response) {
      const score = scoreResponse(item, response, settings);
      earned = score.kind === 'auto' ? mul(score.credit, itemMax) : null;
    }
    max = add(max, itemMax);
    if (earned) points = add(points, earned);
    return { item, drawn, response, earned, max: itemMax };
  });
  return { items, points, max, pending };
}

/** The stored answers of an examinee, translated for scoring (item id → response in stored order). */
export function responsesOf(db: Database.Database, loaded: LoadedSitting, examinee: Pick<ExamineeDbRow, 'id' | 'variant'>): Map<string, ItemResponse> {
  const variant = variantOf(examinee);
  const answers = answersOf(db, examinee.id);
  const out = new Map<string, ItemResponse>();
  for (const drawn of variant.items) {
    const given = responseOf(answers.get(drawn.id));
    if (given) out.set(drawn.id, toItemResponse(itemOf(loaded, drawn.id), drawn, variant.seed, given));
  }
  return out;
}

/** Scores one examinee from the database. */
export function scoreExaminee(db: Database.Database, loaded: LoadedSitting, examinee: Pick<ExamineeDbRow, 'id' | 'variant'>): ScoredVariant {
  return scoreVariant(loaded, variantOf(examinee), responsesOf(db, loaded, examinee), handScoresOf(db, examinee.id));
}

/** Percent = points ÷ max × 100, exact, looked up unrounded (decisions §2); no grade while essays are pending. */
export function gradeOf(loaded: LoadedSitting, points: Fraction, max: Fraction, pending: number): Graded {
  const none: Graded = { percent: null, band: null, grade: null, mark5: null, pass: null, certificate: null };
  if (compare(max, ZERO) <= 0) return none;
  const percent = mul(div(points, max), frac(100));
  if (pending > 0) return { ...none, percent };
  const g = loaded.design ? gradePercent(loaded.design, percent) : null;
  const passPercent = loaded.blueprint.passPercent;
  const pass = passPercent !== null ? compare(percent, fromNumber(passPercent)) >= 0 : (g?.pass ?? null);
  return { percent, band: g?.band ?? null, grade: g?.grade ?? null, mark5: g?.mark5 ?? null, pass, certificate: g?.certificate ?? (passPercent !== null ? pass : null) };
}

/** Writes an examinee's exact totals and band (inside the caller's transaction). */
export function storeTotals(db: Database.Database, loaded: LoadedSitting, examineeId: number, scored: ScoredVariant): void {
  const band = gradeOf(loaded, scored.points, scored.max, scored.pending).band;
  prepared(db, 'UPDATE examinee SET points_num = ?, points_den = ?, max_num = ?, max_den = ?, pending_essays = ?, band = ? WHERE id = ?').run(
    scored.points.num, scored.points.den, scored.max.num, scored.max.den, scored.pending, band, examineeId,
  );
}

/** An exact value for JSON: the fraction and its nearest number. */
export function exact(x: Fraction): ExactNumber {
  return { num: x.num, den: x.den, value: toNumber(x) };
}

/** The examinee's own result (after release): totals, grade, points per item by reference. */
export function examineeResult(loaded: LoadedSitting, scored: ScoredVariant, refOf: (itemId: string) => string): ExamineeResult {
  const g = gradeOf(loaded, scored.points, scored.max, scored.pending);
  return {
    points: exact(scored.points),
    max: exact(scored.max),
    percent: exact(g.percent ?? ZERO),
    band: g.band, grade: g.grade, mark5: g.mark5, pass: g.pass, certificate: g.certificate,
    items: scored.items.map((s) => ({ ref: refOf(s.item.id), earned: toNumber(s.earned ?? ZERO), max: toNumber(s.max) })),
  };
}

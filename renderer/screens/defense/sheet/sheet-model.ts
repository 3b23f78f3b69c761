import { gradeTotal, type GradeResult } from '../../../../shared/domain/grade';
import { fromNumber, sum } from '../../../../shared/domain/fraction';
import type { Criterion, CriterionBand, Design } from '../../../../shared/schemas/design-schema';
import { checkPoints, type FieldCheck } from '../../score/parse-points';

const EPS = 1e-9;

/** One criterion row as typed: the points text and the band the member picked (if any). */
export type Row = { text: string; band: string | null };

/** A row's check: a usable value, nothing yet, a typing problem, or points outside the picked band. */
export type RowCheck = FieldCheck | { kind: 'outside'; band: CriterionBand };

/** Empty rows for a design. */
export function emptyRows(design: Design): Row[] {
  return design.criteria.map(() => ({ text: '', band: null }));
}

/** Rows from stored scores (null = not scored yet); the band follows the points. */
export function rowsFromScores(design: Design, scores: readonly (number | null)[]): Row[] {
  return design.criteria.map((_, i) => {
    const v = scores[i];
    return { text: v === null || v === undefined ? '' : String(v), band: null };
  });
}

/** The band of a criterion holding `value`, if the criterion has bands. */
export function bandOf(criterion: Criterion, value: number): CriterionBand | null {
  return criterion.bands.find((b) => value >= b.min - EPS && value <= b.max + EPS) ?? null;
}

/** Checks a row: the criterion's rules first, then the picked band's limits. */
export function checkRow(criterion: Criterion, row: Row): RowCheck {
  const check = checkPoints(criterion, row.text);
  if (check.kind !== 'ok' || row.band === null) return check;
  const band = criterion.bands.find((b) => b.key === row.band);
  if (band && (check.value < band.min - EPS || check.value > band.max + EPS)) return { kind: 'outside', band };
  return check;
}

/** The band to highlight: the one the points fall in, else the one picked. */
export function activeBand(criterion: Criterion, row: Row, check: RowCheck): CriterionBand | null {
  if (check.kind === 'ok') return bandOf(criterion, check.value) ?? null;
  return criterion.bands.find((b) => b.key === row.band) ?? null;
}

/** The scores to store: a number where the row is usable, null elsewhere. */
export function scoresOf(checks: readonly RowCheck[]): (number | null)[] {
  return checks.map((c) => (c.kind === 'ok' ? c.value : null));
}

/** True when the row's text cannot be stored as it is. */
export function hasProblem(check: RowCheck): boolean {
  return check.kind === 'problem' || check.kind === 'outside';
}

/** What the bottom of a sheet shows: how far it is, the running total, and the grade when complete. */
export type SheetSummary = { done: number; count: number; isComplete: boolean; hasProblems: boolean; total: number | null; grade: GradeResult | null };

/** Sums a sheet exactly and grades it once complete (the same domain code the core uses). */
export function summarize(design: Design, checks: readonly RowCheck[]): SheetSummary {
  const values = checks.flatMap((c) => (c.kind === 'ok' ? [fromNumber(c.value)] : []));
  const hasProblems = checks.some(hasProblem);
  const isComplete = !hasProblems && values.length === checks.length && checks.length > 0;
  const exact = values.length > 0 ? sum(values) : null;
  return {
    done: values.length,
    count: checks.length,
    isComplete,
    hasProblems,
    total: exact ? exact.num / exact.den : null,
    grade: isComplete && exact ? gradeTotal(design, exact) : null,
  };
}

/** True when two score lists are the same. */
export function sameScores(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

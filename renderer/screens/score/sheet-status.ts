import type { FieldCheck } from './parse-points';

/** How far a sheet is filled in, which decides what the result panel may show. */
export type SheetStatus =
  | { kind: 'empty' }
  | { kind: 'problem' }
  | { kind: 'partial'; done: number; total: number }
  | { kind: 'complete' };

/** The status of a sheet from the checks of its fields. */
export function sheetStatus(checks: readonly FieldCheck[]): SheetStatus {
  if (checks.some((c) => c.kind === 'problem')) return { kind: 'problem' };
  const done = checks.filter((c) => c.kind === 'ok').length;
  if (done === 0) return { kind: 'empty' };
  return done === checks.length ? { kind: 'complete' } : { kind: 'partial', done, total: checks.length };
}

/** The status of a one-field sheet (a percent). */
export function singleStatus(check: FieldCheck): SheetStatus {
  if (check.kind === 'problem') return { kind: 'problem' };
  return check.kind === 'empty' ? { kind: 'empty' } : { kind: 'complete' };
}

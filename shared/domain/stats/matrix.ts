/** One item of a score matrix: its id and the most points it gives. */
export type MatrixItem = { id: string; max: number };

/**
 * Points per examinee (rows) and item (columns); null where the item was not in that examinee's
 * variant (random variants give each examinee a different subset of the bank).
 */
export type ScoreMatrix = { items: readonly MatrixItem[]; rows: readonly (readonly (number | null)[])[] };

/** Each examinee's total: the sum of the points they have (nulls left out). */
export function totals(matrix: ScoreMatrix): number[] {
  return matrix.rows.map((row) => row.reduce<number>((s, x) => s + (x ?? 0), 0));
}

/** The row indexes of examinees who had item `column`, with their points on it. */
export function administered(matrix: ScoreMatrix, column: number): { row: number; points: number }[] {
  const out: { row: number; points: number }[] = [];
  matrix.rows.forEach((r, row) => {
    const points = r[column];
    if (points !== null && points !== undefined) out.push({ row, points });
  });
  return out;
}

/** True when every examinee had every item (one common form, no nulls). */
export function isComplete(matrix: ScoreMatrix): boolean {
  return matrix.rows.every((r) => r.length === matrix.items.length && r.every((x) => x !== null));
}

/** True when every score is 0 or its item's maximum (right / wrong items: KR-20 applies). */
export function isDichotomous(matrix: ScoreMatrix): boolean {
  return matrix.rows.every((r) => r.every((x, i) => x === null || x === 0 || x === matrix.items[i]!.max));
}

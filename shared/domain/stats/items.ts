import { mean, pearson } from './descriptive';
import { administered, totals, type ScoreMatrix } from './matrix';

/** Classical figures of one item. */
export type ItemFigures = {
  id: string;
  /** How many examinees had the item. */
  n: number;
  /** Facility (difficulty index p): mean points ÷ the item's maximum, 0 … 1; null when nobody had it. */
  facility: number | null;
  /**
   * Discrimination: the corrected item–total correlation, r(item, total − item) over the
   * examinees who had the item; null when fewer than 3 had it or either side does not vary.
   */
  discrimination: number | null;
};

/** Facility and corrected item–total correlation of every item of the matrix. */
export function itemFigures(matrix: ScoreMatrix): ItemFigures[] {
  const total = totals(matrix);
  return matrix.items.map((item, column) => {
    const had = administered(matrix, column);
    const m = mean(had.map((h) => h.points));
    const facility = m === null || item.max <= 0 ? null : m / item.max;
    const discrimination = had.length < 3 ? null : pearson(had.map((h) => h.points), had.map((h) => total[h.row]! - h.points));
    return { id: item.id, n: had.length, facility, discrimination };
  });
}

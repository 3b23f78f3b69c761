import { mean, sd, variance } from './descriptive';
import { administered, isComplete, isDichotomous, totals, type ScoreMatrix } from './matrix';

/** Internal consistency of a test and the standard error of measurement. */
export type Reliability = {
  /** KR-20 for right/wrong items, Cronbach's α (its generalisation) with partial credit; null when it cannot be computed. */
  alpha: number | null;
  kind: 'kr20' | 'alpha';
  /** `common_items`: one form for all; `random_variants`: estimated over drawn variants (see reliability()). */
  method: 'common_items' | 'random_variants';
  /** Items per examinee (k in the formula). */
  k: number;
  /** SEM = SD · √(1 − α), in points, with the population SD of totals; null without α. */
  sem: number | null;
};

/**
 * α = k ÷ (k − 1) · (1 − Σ σ²ᵢ ÷ σ²ₓ), population variances throughout (KR-20 when items are
 * right/wrong, since then σ²ᵢ = pᵢqᵢ). With random variants each examinee answers k items of a
 * larger bank; Σ σ²ᵢ is then taken, per examinee, over the items of their own variant and
 * averaged — an estimate that treats the variants as parallel forms, reported as such.
 */
export function reliability(matrix: ScoreMatrix): Reliability {
  const complete = isComplete(matrix);
  const kind = isDichotomous(matrix) ? 'kr20' : 'alpha';
  const method = complete ? 'common_items' : 'random_variants';
  const counts = matrix.rows.map((r) => r.filter((x) => x !== null && x !== undefined).length);
  const k = Math.round(mean(counts) ?? 0);
  const t = totals(matrix);
  const totalVariance = variance(t);
  const itemVariance = matrix.items.map((_, column) => variance(administered(matrix, column).map((a) => a.points)) ?? 0);
  const sums = matrix.rows.map((r) => r.reduce<number>((s, x, i) => (x === null || x === undefined ? s : s + itemVariance[i]!), 0));
  const meanSum = mean(sums);
  if (matrix.rows.length < 2 || k < 2 || totalVariance === null || totalVariance <= 1e-12 || meanSum === null) {
    return { alpha: null, kind, method, k, sem: null };
  }
  const alpha = (k / (k - 1)) * (1 - meanSum / totalVariance);
  return { alpha, kind, method, k, sem: sd(t)! * Math.sqrt(Math.max(0, 1 - alpha)) };
}

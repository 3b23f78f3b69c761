import { mean, sd } from './descriptive';
import { itemFigures, type ItemFigures } from './items';
import { totals, type ScoreMatrix } from './matrix';
import { reliability, type Reliability } from './reliability';

/** Below this many examinees the figures are reported with a warning. */
export const SMALL_SAMPLE = 20;

/** A caution about the figures (data, not a failure). */
export type StatsWarning = { code: 'small_sample' | 'no_variance'; message: string };

/** The whole test: totals' mean and population SD, reliability and SEM, per-item figures. */
export type TestFigures = {
  n: number;
  mean: number | null;
  /** Population SD of totals (÷ N). */
  sd: number | null;
  reliability: Reliability;
  items: ItemFigures[];
  warnings: StatsWarning[];
};

/** Classical test statistics of a score matrix, with warnings when they cannot be trusted. */
export function testFigures(matrix: ScoreMatrix): TestFigures {
  const t = totals(matrix);
  const n = matrix.rows.length;
  const warnings: StatsWarning[] = [];
  if (n < SMALL_SAMPLE) {
    warnings.push({ code: 'small_sample', message: `only ${n} examinees: with fewer than ${SMALL_SAMPLE} the item and test figures are unreliable` });
  }
  const s = sd(t);
  if (n >= 2 && s !== null && s <= 1e-9) warnings.push({ code: 'no_variance', message: 'every examinee has the same total: discrimination and reliability cannot be computed' });
  return { n, mean: mean(t), sd: s, reliability: reliability(matrix), items: itemFigures(matrix), warnings };
}

import type { AggregationRule, Design } from '../schemas/design-schema';
import { AppError } from './errors';
import { add, compare, div, frac, fromNumber, mul, sub, sum, toNumber, type Fraction } from './fraction';
import { findBand, gradeTotal, type GradeResult } from './grade';
import { roundHalfUp } from './rounding';
import { checkSheet } from './sheet';

/** One criterion's aggregate over the members' values. */
export type CriterionAggregate = {
  index: number;
  values: number[];
  aggregate: number;
  spread: number;
  divergent: boolean;
};

/** Why a result needs the commission's attention before the chair confirms. */
export type Divergence = {
  criterion: number | null;
  reason: 'spread' | 'band_straddle';
  detail: string;
};

/** The aggregation of several members' sheets, in the shape `attesta aggregate` prints. */
export type AggregateResult = Omit<GradeResult, 'template'> & {
  template: string;
  rule: AggregationRule;
  criteria: CriterionAggregate[];
  memberTotals: number[];
  divergence: Divergence[];
};

/** The aggregate of one criterion's values under a rule (exact). */
export function aggregateValues(rule: AggregationRule, values: readonly Fraction[]): Fraction {
  if (values.length === 0) throw new AppError('bad_input', 'no values to aggregate', 'sheets');
  const sorted = [...values].sort(compare);
  switch (rule) {
    case 'mean':
      return div(sum(sorted), frac(sorted.length));
    case 'median': {
      const mid = Math.floor(sorted.length / 2);
      return sorted.length % 2 === 1 ? sorted[mid]! : div(add(sorted[mid - 1]!, sorted[mid]!), frac(2));
    }
    case 'trimmed': {
      if (sorted.length < 5) {
        throw new AppError(
          'too_few_for_trimmed',
          `the trimmed mean drops the highest and lowest value and needs at least 5 sheets; got ${sorted.length}`,
          'sheets',
        );
      }
      const kept = sorted.slice(1, -1);
      return div(sum(kept), frac(kept.length));
    }
  }
}

function spreadDivergence(design: Design, sheets: readonly Fraction[][]): CriterionAggregate[] {
  const threshold = fromNumber(design.aggregation.divergenceThreshold);
  return design.criteria.map((c, i) => {
    const values = sheets.map((s) => s[i]!);
    const sorted = [...values].sort(compare);
    const spread = sub(sorted[sorted.length - 1]!, sorted[0]!);
    return {
      index: i + 1,
      values: values.map(toNumber),
      aggregate: 0,
      spread: toNumber(spread),
      divergent: compare(spread, mul(threshold, fromNumber(c.max))) > 0,
    };
  });
}

/**
 * Aggregates members' sheets (decisions §2, §4): each criterion exactly under the rule, the
 * exact total as their sum, rounded once; divergence by spread (> threshold × max) and by
 * members' own totals falling in different grade bands.
 */
export function aggregateSheets(
  design: Design,
  rawSheets: readonly (readonly Fraction[])[],
  rule: AggregationRule = design.aggregation.rule,
): AggregateResult {
  if (rawSheets.length === 0) throw new AppError('bad_input', 'at least one sheet is needed', 'sheets');
  const sheets = rawSheets.map((s, k) => checkSheet(design, s, `sheets[${k + 1}]`));
  const aggregates = design.criteria.map((_, i) => aggregateValues(rule, sheets.map((s) => s[i]!)));
  const criteria = spreadDivergence(design, sheets).map((c, i) => ({ ...c, aggregate: toNumber(aggregates[i]!) }));
  const totalExact = sum(aggregates);
  const graded = gradeTotal(design, totalExact);

  const divergence: Divergence[] = criteria
    .filter((c) => c.divergent)
    .map((c) => ({
      criterion: c.index,
      reason: 'spread',
      detail: `criterion ${c.index}: values ${c.values.join(', ')} spread ${c.spread} > ${design.aggregation.divergenceThreshold * 100}% of ${design.criteria[c.index - 1]!.max}`,
    }));
  const memberTotals = sheets.map((s) => roundHalfUp(sum(s), design.precision));
  const memberBands = memberTotals.map((t) => findBand(design, design.scale.basis === 'points' ? t : mul(div(t, fromNumber(design.max)), frac(100)))?.key ?? null);
  if (new Set(memberBands).size > 1) {
    divergence.push({
      criterion: null,
      reason: 'band_straddle',
      detail: `members' totals ${memberTotals.map(toNumber).join(', ')} fall in different bands (${memberBands.join(', ')})`,
    });
  }
  const { template, totalExact: exact, total, band, grade, mark5, pass, warnings, ...rest } = graded;
  return {
    template, rule, criteria, totalExact: exact, total, band, grade, mark5, pass, divergence, warnings,
    ...rest, memberTotals: memberTotals.map(toNumber),
  };
}

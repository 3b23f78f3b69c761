import { describe, expect, it } from 'vitest';
import { aggregateSheets, aggregateValues } from '../../shared/domain/aggregate';
import { isAppError } from '../../shared/domain/errors';
import { frac, fromNumber, toNumber } from '../../shared/domain/fraction';
import { builtinDesign } from '../../shared/templates/builtin';

const roadmap = builtinDesign('kz-000-roadmap-defense')!;
const sheets = (rows: number[][]) => rows.map((r) => r.map(fromNumber));

describe('aggregation rules (decisions §4), by hand', () => {
  it('mean: 16, 17, 18 → 17; 16, 16, 17 → 49/3 exactly', () => {
    expect(aggregateValues('mean', [frac(16), frac(17), frac(18)])).toEqual(frac(17));
    expect(aggregateValues('mean', [frac(16), frac(16), frac(17)])).toEqual(frac(49, 3));
  });

  it('median: odd takes the middle, even the mean of the two middle values', () => {
    expect(aggregateValues('median', [frac(20), frac(10), frac(16)])).toEqual(frac(16));
    expect(aggregateValues('median', [frac(10), frac(20), frac(12), frac(16)])).toEqual(frac(14));
    expect(aggregateValues('median', [frac(10), frac(11)])).toEqual(frac(21, 2));
  });

  it('trimmed: drops one highest and one lowest; needs 5 values', () => {
    expect(aggregateValues('trimmed', [5, 20, 10, 14, 12].map((x) => frac(x)))).toEqual(frac(12));
    expect(aggregateValues('trimmed', [5, 5, 10, 20, 20].map((x) => frac(x)))).toEqual(frac(35, 3));
    try {
      aggregateValues('trimmed', [frac(1), frac(2), frac(3), frac(4)]);
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.code).toBe('too_few_for_trimmed');
    }
  });
});

describe('aggregateSheets on the roadmap rubric', () => {
  it('sums exact criterion means and rounds once: 49/3 + 16 + 25 + 8 + 49/3 = 81.67 → 82', () => {
    const r = aggregateSheets(roadmap, sheets([[17, 16, 25, 8, 16], [16, 16, 25, 8, 16], [16, 16, 25, 8, 17]]), 'mean');
    expect(r.totalExact).toBeCloseTo(245 / 3, 12);
    expect(r.total).toBe(82);
    expect(r.band).toBe('good');
    expect(r.criteria.map((c) => c.aggregate)).toEqual([49 / 3, 16, 25, 8, 49 / 3]);
    expect(r.divergence).toEqual([]);
  });

  it('grades an exact 84.5 as 85 (Excellent) and flags the band straddle of 84 vs 85', () => {
    const r = aggregateSheets(roadmap, sheets([[17, 17, 25, 8, 17], [17, 17, 26, 8, 17]]), 'mean');
    expect(r.totalExact).toBe(84.5);
    expect(r.total).toBe(85);
    expect(r.band).toBe('excellent');
    expect(r.memberTotals).toEqual([84, 85]);
    expect(r.divergence).toEqual([expect.objectContaining({ criterion: null, reason: 'band_straddle' })]);
  });

  it('flags spread strictly greater than 25 % of the max (5 of 20: no; 6: yes; 7.5 of 30: 8 yes, 7 no)', () => {
    const calm = aggregateSheets(roadmap, sheets([[15, 10, 20, 5, 10], [10, 10, 27, 5, 10]]), 'mean');
    expect(calm.criteria.map((c) => c.divergent)).toEqual([false, false, false, false, false]);
    const hot = aggregateSheets(roadmap, sheets([[16, 10, 20, 5, 10], [10, 10, 28, 5, 10]]), 'mean');
    expect(hot.criteria.map((c) => c.divergent)).toEqual([true, false, true, false, false]);
    expect(hot.criteria[0]).toMatchObject({ index: 1, values: [16, 10], spread: 6, aggregate: 13 });
    expect(hot.divergence.filter((d) => d.reason === 'spread').map((d) => d.criterion)).toEqual([1, 3]);
  });

  it('median and trimmed over five members', () => {
    const five = sheets([
      [20, 20, 30, 10, 20],
      [16, 16, 25, 8, 16],
      [15, 15, 24, 7, 15],
      [10, 10, 15, 4, 10],
      [18, 18, 27, 9, 18],
    ]);
    expect(aggregateSheets(roadmap, five, 'median').totalExact).toBe(16 + 16 + 25 + 8 + 16);
    // trimmed: c1 (16+15+18)/3 = 49/3; c3 (25+24+27)/3 = 76/3; c4 (8+7+9)/3 = 8
    const t = aggregateSheets(roadmap, five, 'trimmed');
    expect(t.totalExact).toBeCloseTo(49 / 3 + 49 / 3 + 76 / 3 + 8 + 49 / 3, 12);
    expect(t.total).toBe(82);
  });

  it('refuses a sheet with a score above a criterion max, naming sheet and criterion', () => {
    try {
      aggregateSheets(roadmap, sheets([[16, 16, 25, 8, 16], [16, 16, 31, 8, 16]]), 'mean');
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.code).toBe('out_of_range');
      expect(isAppError(e) && e.field).toBe('sheets[2][3]');
    }
  });

  it('keeps exactness with half points: 3 members, mean of 0.5 steps', () => {
    expect(toNumber(aggregateValues('mean', [frac(33, 2), frac(17), frac(35, 2)]))).toBe(17);
  });
});

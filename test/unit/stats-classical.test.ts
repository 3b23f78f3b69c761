import { describe, expect, it } from 'vitest';
import { mean, pearson, sd, variance } from '../../shared/domain/stats/descriptive';
import { itemFigures } from '../../shared/domain/stats/items';
import type { ScoreMatrix } from '../../shared/domain/stats/matrix';
import { optionCounts } from '../../shared/domain/stats/options';
import { reliability } from '../../shared/domain/stats/reliability';
import { testFigures } from '../../shared/domain/stats/summary';

const close = (x: number | null | undefined, y: number): void => expect(x).toBeCloseTo(y, 9);
const items = (k: number) => Array.from({ length: k }, (_, i) => ({ id: `i${i + 1}`, max: 1 }));

/**
 * 5 examinees × 4 right/wrong items, worked by hand:
 *
 *        i1 i2 i3 i4 | total
 *   e1    1  1  1  1 |  4
 *   e2    1  1  1  0 |  3
 *   e3    1  1  0  0 |  2
 *   e4    1  0  1  0 |  2
 *   e5    0  0  0  0 |  0
 *
 * totals: mean 11/5 = 2.2; deviations 1.8, 0.8, −0.2, −0.2, −2.2; squares 3.24 + 0.64 + 0.04 +
 * 0.04 + 4.84 = 8.8; population variance 8.8/5 = 1.76; SD √1.76 = 1.3266499…
 * facility p: 4/5, 3/5, 3/5, 1/5 = 0.8, 0.6, 0.6, 0.2; pq: 0.16, 0.24, 0.24, 0.16; Σpq = 0.8
 * KR-20 = 4/3 · (1 − 0.8/1.76) = 4/3 · 6/11 = 8/11 = 0.727272…
 * SEM = √1.76 · √(3/11) = √0.48 = 0.6928203…
 * corrected item–total r(item, total − item):
 *   i1: x = 1,1,1,1,0, rest = 3,2,1,1,0: Σdxdy = 1.4, Σdx² = 0.8, Σdy² = 5.2 → 1.4/√4.16 = 0.6864065…
 *   i2: x = 1,1,1,0,0, rest = 3,2,1,2,0: Σdxdy = 1.2, Σdx² = 1.2, Σdy² = 5.2 → 1.2/√6.24 = 0.4803845…
 *   i3: x = 1,1,0,1,0, rest = 3,2,2,1,0: the same sums → 0.4803845…
 *   i4: x = 1,0,0,0,0, rest = 3,3,2,2,0: Σdxdy = 1.0, Σdx² = 0.8, Σdy² = 6 → 1/√4.8 = 0.4564355…
 */
const RIGHT_WRONG: ScoreMatrix = {
  items: items(4),
  rows: [
    [1, 1, 1, 1],
    [1, 1, 1, 0],
    [1, 1, 0, 0],
    [1, 0, 1, 0],
    [0, 0, 0, 0],
  ],
};

/**
 * 4 examinees × 3 items with partial credit (0, ½, 1):
 *
 *        i1   i2   i3  | total
 *   e1   1    1    ½   | 2.5
 *   e2   1    ½    ½   | 2
 *   e3   ½    ½    0   | 1
 *   e4   0    0    ½   | 0.5
 *
 * item variances (÷4): i1 mean .625 → (.140625·2 + .015625 + .390625)/4 = .171875;
 * i2 mean .5 → (.25 + .25)/4 = .125; i3 mean .375 → (.015625·3 + .140625)/4 = .046875; Σ = .34375
 * totals mean 1.5, deviations 1, .5, −.5, −1 → variance 2.5/4 = .625
 * α = 3/2 · (1 − .34375/.625) = 1.5 · .45 = .675; SEM = √.625 · √.325 = √.203125 = .4506939…
 */
const PARTIAL: ScoreMatrix = {
  items: items(3),
  rows: [
    [1, 1, 0.5],
    [1, 0.5, 0.5],
    [0.5, 0.5, 0],
    [0, 0, 0.5],
  ],
};

/**
 * Random variants: 4 examinees, each with 2 of 3 items (— = not in the variant):
 *
 *        i1 i2 i3 | total
 *   e1    1  1  — | 2
 *   e2    1  —  0 | 1
 *   e3    —  0  0 | 0
 *   e4    0  1  — | 1
 *
 * item variances over those who had the item: i1 (1,1,0) 2/9; i2 (1,0,1) 2/9; i3 (0,0) 0.
 * Σσ²ᵢ over each examinee's own items: 4/9, 2/9, 2/9, 4/9 → mean 1/3; totals' variance .5
 * α ≈ 2/1 · (1 − (1/3)/.5) = 2/3. i1's corrected r over e1, e2, e4: x = 1,1,0, rest = 1,0,1 → −0.5.
 */
const VARIANTS: ScoreMatrix = {
  items: items(3),
  rows: [
    [1, 1, null],
    [1, null, 0],
    [null, 0, 0],
    [0, 1, null],
  ],
};

describe('descriptive statistics (population SD throughout)', () => {
  it('mean, variance ÷ N, SD, Pearson r; empty and constant inputs give null', () => {
    close(mean([4, 3, 2, 2, 0]), 2.2);
    close(variance([4, 3, 2, 2, 0]), 1.76);
    close(sd([4, 3, 2, 2, 0]), Math.sqrt(1.76));
    close(pearson([1, 2, 3], [2, 4, 6]), 1);
    close(pearson([1, 2, 3], [3, 2, 1]), -1);
    expect(mean([])).toBeNull();
    expect(sd([])).toBeNull();
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pearson([1], [1])).toBeNull();
    expect(() => pearson([1, 2], [1])).toThrow(RangeError);
  });
});

describe('item analysis on the hand-worked 5 × 4 fixture', () => {
  it('facility and corrected item–total correlation per item', () => {
    const figures = itemFigures(RIGHT_WRONG);
    expect(figures.map((f) => f.n)).toEqual([5, 5, 5, 5]);
    [0.8, 0.6, 0.6, 0.2].forEach((p, i) => close(figures[i]!.facility, p));
    [1.4 / Math.sqrt(4.16), 1.2 / Math.sqrt(6.24), 1.2 / Math.sqrt(6.24), 1 / Math.sqrt(4.8)].forEach((r, i) => close(figures[i]!.discrimination, r));
    expect(figures[0]!.discrimination).toBeCloseTo(0.6864065, 6);
  });

  it('KR-20 = 8/11, SEM = √0.48, and the test figures with the small-sample warning', () => {
    const r = reliability(RIGHT_WRONG);
    expect(r).toMatchObject({ kind: 'kr20', method: 'common_items', k: 4 });
    close(r.alpha, 8 / 11);
    close(r.sem, Math.sqrt(0.48));
    const t = testFigures(RIGHT_WRONG);
    expect(t.n).toBe(5);
    close(t.mean, 2.2);
    close(t.sd, Math.sqrt(1.76));
    expect(t.warnings.map((w) => w.code)).toEqual(['small_sample']);
  });
});

describe('partial credit and random variants', () => {
  it("Cronbach's α with partial credit = 0.675, SEM = √0.203125", () => {
    const r = reliability(PARTIAL);
    expect(r).toMatchObject({ kind: 'alpha', method: 'common_items', k: 3 });
    close(r.alpha, 0.675);
    close(r.sem, Math.sqrt(0.203125));
    close(itemFigures(PARTIAL)[0]!.facility, 0.625);
  });

  it('over drawn variants: α estimated from each examinee’s own items (2/3); r over those who had the item', () => {
    const r = reliability(VARIANTS);
    expect(r).toMatchObject({ kind: 'kr20', method: 'random_variants', k: 2 });
    close(r.alpha, 2 / 3);
    const figures = itemFigures(VARIANTS);
    expect(figures.map((f) => f.n)).toEqual([3, 3, 2]);
    close(figures[0]!.discrimination, -0.5);
    expect(figures[2]!.discrimination).toBeNull();
    expect(figures[2]!.facility).toBe(0);
  });

  it('no variance: α and r are null, with a warning; 20 examinees lift the small-sample warning', () => {
    const flat: ScoreMatrix = { items: items(2), rows: Array.from({ length: 20 }, () => [1, 0]) };
    const t = testFigures(flat);
    expect(t.reliability.alpha).toBeNull();
    expect(t.reliability.sem).toBeNull();
    expect(t.items.map((i) => i.discrimination)).toEqual([null, null]);
    expect(t.warnings.map((w) => w.code)).toEqual(['no_variance']);
  });
});

describe('option counts (distractor analysis)', () => {
  it('counts each option chosen, blanks separately; multiple answers count per option', () => {
    expect(optionCounts(4, [[0], [1], [0], null, [3], []])).toEqual({ counts: [2, 1, 0, 1], omitted: 2, responses: 6 });
    expect(optionCounts(3, [[0, 2], [2, 2], [1]])).toEqual({ counts: [1, 1, 2], omitted: 0, responses: 3 });
    expect(() => optionCounts(2, [[2]])).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { cyrb128, drawWithoutRepeats, examineeSeed, hashHex, seededRng, shuffled } from '../../shared/domain/bank/random';

/** χ² critical values at p = 0.999 (upper tail), from the standard table. */
const CHI2_999: Record<number, number> = { 14: 36.123, 23: 49.728 };

function chiSquare(counts: number[], expected: number): number {
  return counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
}

describe('seeded random numbers (sfc32 seeded by cyrb128)', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    const a = seededRng('003-final');
    const b = seededRng('003-final');
    const c = seededRng('003-final ');
    const seqA = Array.from({ length: 8 }, () => a.uint32());
    expect(Array.from({ length: 8 }, () => b.uint32())).toEqual(seqA);
    expect(Array.from({ length: 8 }, () => c.uint32())).not.toEqual(seqA);
    expect(seqA.every((x) => Number.isInteger(x) && x >= 0 && x < 2 ** 32)).toBe(true);
  });

  it('is stable across versions: the first outputs for a fixed seed never change', () => {
    const rng = seededRng('attesta');
    const first = Array.from({ length: 4 }, () => rng.uint32());
    expect(first).toEqual([2462917366, 628214753, 1952090700, 132998507]);
    expect(cyrb128('')).toHaveLength(4);
    expect(hashHex('Қазақстан')).toMatch(/^[0-9a-f]{16}$/u);
    expect(hashHex('Қазақстан')).toBe(hashHex('Қазақстан'.normalize('NFD')));
  });

  it('below(n) stays in range and rejects nonsense', () => {
    const rng = seededRng('range');
    for (let i = 0; i < 1000; i += 1) {
      const x = rng.below(7);
      expect(x >= 0 && x < 7 && Number.isInteger(x)).toBe(true);
    }
    expect(() => rng.below(0)).toThrow(RangeError);
    expect(() => rng.below(1.5)).toThrow(RangeError);
  });

  it('draws without repeats and refuses to draw more than there is', () => {
    const rng = seededRng('no repeats');
    for (let k = 0; k <= 15; k += 1) {
      const drawn = drawWithoutRepeats([...Array(15).keys()], k, rng);
      expect(drawn).toHaveLength(k);
      expect(new Set(drawn).size).toBe(k);
    }
    expect(() => drawWithoutRepeats([1, 2], 3, rng)).toThrow(RangeError);
    expect(shuffled([1, 2, 3, 4], seededRng('s')).sort()).toEqual([1, 2, 3, 4]);
  });

  it('derives a different, stable seed per examinee', () => {
    const seeds = Array.from({ length: 1000 }, (_, i) => examineeSeed('session-7', i + 1));
    expect(new Set(seeds).size).toBe(1000);
    expect(examineeSeed('session-7', 1)).toBe(seeds[0]);
    expect(examineeSeed('session-8', 1)).not.toBe(seeds[0]);
  });
});

describe('uniformity (χ² at p = 0.999, fixed seeds so the test is deterministic)', () => {
  it('3 of 15 items per examinee over 10,000 examinees: every item drawn about 2,000 times', () => {
    const counts = Array<number>(15).fill(0);
    for (let e = 1; e <= 10_000; e += 1) {
      for (const i of drawWithoutRepeats([...Array(15).keys()], 3, seededRng(examineeSeed('chi-square', e)))) counts[i]! += 1;
    }
    expect(counts.reduce((s, c) => s + c, 0)).toBe(30_000);
    expect(chiSquare(counts, 2000)).toBeLessThan(CHI2_999[14]!);
  });

  it('the order of a 4-option shuffle: all 24 permutations about equally often over 10,000 shuffles', () => {
    const counts = new Map<string, number>();
    const rng = seededRng('permutations');
    for (let i = 0; i < 10_000; i += 1) {
      const key = shuffled([0, 1, 2, 3], rng).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(24);
    expect(chiSquare([...counts.values()], 10_000 / 24)).toBeLessThan(CHI2_999[23]!);
  });

  it('the first drawn position is uniform as well (no bias towards early items)', () => {
    const counts = Array<number>(15).fill(0);
    const rng = seededRng('first position');
    for (let i = 0; i < 10_000; i += 1) counts[drawWithoutRepeats([...Array(15).keys()], 3, rng)[0]!]! += 1;
    expect(chiSquare(counts, 10_000 / 15)).toBeLessThan(CHI2_999[14]!);
  });
});

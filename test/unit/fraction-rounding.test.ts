import { describe, expect, it } from 'vitest';
import { add, compare, div, frac, parseDecimal, toNumber } from '../../shared/domain/fraction';
import { roundHalfUp } from '../../shared/domain/rounding';

describe('exact fractions', () => {
  it('normalises and adds exactly where floats drift', () => {
    const third = frac(1, 3);
    expect(add(add(third, third), third)).toEqual(frac(1));
    expect(add(frac(1, 10), frac(2, 10))).toEqual(frac(3, 10));
    expect(frac(4, -8)).toEqual({ num: -1, den: 2 });
  });

  it('parses plain decimals only', () => {
    expect(parseDecimal('16')).toEqual(frac(16));
    expect(parseDecimal('16.5')).toEqual(frac(33, 2));
    expect(parseDecimal('49,9')).toEqual(frac(499, 10));
    expect(parseDecimal('-2')).toEqual(frac(-2));
    for (const bad of ['', 'abc', '1e3', '1.2.3', '٣', ' . ']) expect(parseDecimal(bad)).toBeNull();
  });

  it('compares without floating error', () => {
    expect(compare(div(frac(8499), frac(100)), frac(85))).toBe(-1);
    expect(compare(frac(170, 2), frac(85))).toBe(0);
  });
});

describe('roundHalfUp (decisions §2)', () => {
  it.each([
    [frac(169, 2), 0, 85],
    [frac(84), 0, 84],
    [frac(8449, 100), 0, 84],
    [frac(99, 2), 0, 50],
    [frac(49), 0, 49],
    [frac(242, 3), 0, 81],
    [frac(241, 3), 0, 80],
    [frac(1, 2), 0, 1],
    [frac(0), 0, 0],
    [frac(8445, 100), 1, 84.5],
    [frac(84449, 1000), 1, 84.4],
  ])('%o at precision %i → %d', (value, precision, expected) => {
    expect(toNumber(roundHalfUp(value, precision))).toBe(expected);
  });
});

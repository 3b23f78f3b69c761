import { frac, type Fraction } from './fraction';

/**
 * The one rounding rule of Attesta (decisions §2): half-up to `precision` decimals,
 * applied once, to the final total. Scores are never negative, so "half-up" is
 * "half away from zero" here too.
 */
export function roundHalfUp(value: Fraction, precision = 0): Fraction {
  const scale = 10 ** precision;
  const scaledNum = value.num * scale;
  const n = 2 * scaledNum + value.den;
  const d = 2 * value.den;
  const floorMod = ((n % d) + d) % d;
  return frac((n - floorMod) / d, scale);
}

/** Rounds for display with `decimals` places (half-up), as a number. */
export function roundForDisplay(value: Fraction, decimals: number): number {
  const r = roundHalfUp(value, decimals);
  return r.num / r.den;
}

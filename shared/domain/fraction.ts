/** Exact rational numbers for scores: no float ever decides a grade. */
export type Fraction = Readonly<{ num: number; den: number }>;

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x || 1;
}

/** Builds a normalised fraction (positive denominator, lowest terms). */
export function frac(num: number, den = 1): Fraction {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den === 0) {
    throw new RangeError(`not an exact fraction: ${num}/${den}`);
  }
  const sign = den < 0 ? -1 : 1;
  const g = gcd(num, den);
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/** a + b. */
export function add(a: Fraction, b: Fraction): Fraction {
  return frac(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** a − b. */
export function sub(a: Fraction, b: Fraction): Fraction {
  return frac(a.num * b.den - b.num * a.den, a.den * b.den);
}

/** a × b. */
export function mul(a: Fraction, b: Fraction): Fraction {
  return frac(a.num * b.num, a.den * b.den);
}

/** a ÷ b (b ≠ 0). */
export function div(a: Fraction, b: Fraction): Fraction {
  return frac(a.num * b.den, a.den * b.num);
}

/** Sum of a list (0 for none). */
export function sum(values: readonly Fraction[]): Fraction {
  return values.reduce(add, frac(0));
}

/** −1, 0 or 1 as a <, =, > b. */
export function compare(a: Fraction, b: Fraction): number {
  return Math.sign(a.num * b.den - b.num * a.den);
}

/** The nearest float, for display and JSON only. */
export function toNumber(a: Fraction): number {
  return a.num / a.den;
}

/** True when a is a whole multiple of step (e.g. 0.5). */
export function isMultipleOf(a: Fraction, step: Fraction): boolean {
  return div(a, step).den === 1;
}

/** Parses a plain decimal such as "16", "16.5" or "-2.25" exactly; null when it is not one. */
export function parseDecimal(text: string): Fraction | null {
  const m = /^\s*(-?)(\d{1,12})(?:[.,](\d{1,6}))?\s*$/.exec(text);
  if (!m) return null;
  const decimals = m[3] ?? '';
  const scale = 10 ** decimals.length;
  const magnitude = Number(m[2]) * scale + (decimals ? Number(decimals) : 0);
  return frac(m[1] === '-' ? -magnitude : magnitude, scale);
}

/** Converts a JSON number (finite, at most 6 decimals) to an exact fraction. */
export function fromNumber(value: number): Fraction {
  const parsed = Number.isFinite(value) ? parseDecimal(String(value)) : null;
  if (!parsed) throw new RangeError(`not an exact decimal: ${value}`);
  return parsed;
}

import { frac, type Fraction } from '../fraction';

/** An exact decimal: `units × 10^−scale`. BigInt, so long answers such as 3.14159265 stay exact. */
export type Decimal = Readonly<{ units: bigint; scale: number }>;

const DECIMAL = /^\s*([+-]?)(\d*)(?:[.,](\d*))?(?:[eE]([+-]?\d{1,3}))?\s*$/;

/** Parses "3.14", "-2", "3,5" or "1e-3" exactly; null when the text is not a number. */
export function parseExactDecimal(text: string): Decimal | null {
  const m = DECIMAL.exec(text);
  if (!m || `${m[2] ?? ''}${m[3] ?? ''}` === '') return null;
  const digits = `${m[2] ?? ''}${m[3] ?? ''}`;
  if (digits.length > 30) return null;
  let scale = (m[3] ?? '').length - Number(m[4] ?? '0');
  let units = BigInt(digits) * (m[1] === '-' ? -1n : 1n);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

/** The canonical text of a decimal: no exponent, no trailing zeros ("3.14", "-0.5", "2"). */
export function formatDecimal(d: Decimal): string {
  const negative = d.units < 0n;
  const digits = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, '0');
  const whole = digits.slice(0, digits.length - d.scale);
  const part = d.scale > 0 ? `.${digits.slice(digits.length - d.scale)}` : '';
  return `${negative ? '-' : ''}${whole}${part}`;
}

function aligned(a: Decimal, scale: number): bigint {
  return a.units * 10n ** BigInt(scale - a.scale);
}

/** True when |x − value| ≤ tolerance, exactly. */
export function withinTolerance(x: Decimal, value: Decimal, tolerance: Decimal): boolean {
  const s = Math.max(x.scale, value.scale, tolerance.scale);
  const diff = aligned(x, s) - aligned(value, s);
  return (diff < 0n ? -diff : diff) <= aligned(tolerance, s);
}

/** (a + b) / 2 and (b − a) / 2: turns a range a..b into value ± tolerance. */
export function rangeToTolerance(a: Decimal, b: Decimal): { value: Decimal; tolerance: Decimal } {
  const s = Math.max(a.scale, b.scale) + 1;
  const lo = aligned(a, s);
  const hi = aligned(b, s);
  const norm = (units: bigint): Decimal => parseExactDecimal(formatDecimal({ units, scale: s }))!;
  return { value: norm((lo + hi) / 2n), tolerance: norm((hi > lo ? hi - lo : lo - hi) / 2n) };
}

/**
 * Reads a weight written as a percent ("100", "50", "-33.33333") as a share of full credit.
 * Moodle rounds thirds, sixths, sevenths … to 5 decimals; a value within 0.00001 % of a
 * fraction with a denominator up to 100 is taken as that fraction, so 3 × 33.33333 % is exactly 1.
 */
export function weightFromPercent(text: string): Fraction | null {
  const d = parseExactDecimal(text);
  if (!d) return null;
  const x = Number(formatDecimal(d)) / 100;
  if (!Number.isFinite(x) || x < -1 || x > 1) return null;
  for (let den = 1; den <= 100; den += 1) {
    const num = Math.round(x * den);
    if (Math.abs(x - num / den) <= 1e-7) return frac(num, den);
  }
  const den = 10 ** d.scale * 100;
  return d.scale <= 10 && Number.isSafeInteger(Number(d.units)) ? frac(Number(d.units), den) : null;
}

/** A weight as Moodle writes it: a percent with at most 5 decimals ("100", "33.33333"). */
export function weightToPercent(w: Fraction): string {
  const scaled = Math.round((w.num * 100 * 100000) / w.den);
  return formatDecimal(parseExactDecimal(`${scaled}e-5`)!);
}

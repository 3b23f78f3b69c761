/**
 * Descriptive statistics for item analysis. Every variance and SD here is the population form
 * (divided by N, not N − 1): classical test theory defines KR-20 / α and the standard error of
 * measurement on it, and using one form throughout keeps α's ratio of variances consistent.
 */

/** The arithmetic mean; null for an empty list. */
export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

/** The population variance Σ(x − x̄)² ÷ N; null for an empty list. */
export function variance(xs: readonly number[]): number | null {
  const m = mean(xs);
  if (m === null) return null;
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length;
}

/** The population standard deviation √variance; null for an empty list. */
export function sd(xs: readonly number[]): number | null {
  const v = variance(xs);
  return v === null ? null : Math.sqrt(v);
}

/** Pearson's correlation of paired lists; null when fewer than 2 pairs or either side does not vary. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) throw new RangeError(`pearson: ${xs.length} x values but ${ys.length} y values`);
  const mx = mean(xs);
  const my = mean(ys);
  if (mx === null || my === null || xs.length < 2) return null;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const dx = x - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  // A constant side has no correlation (not 0, not NaN); tiny float noise counts as constant.
  if (sxx <= 1e-12 || syy <= 1e-12) return null;
  return sxy / Math.sqrt(sxx * syy);
}

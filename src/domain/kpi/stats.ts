/**
 * The small statistics the KPIs use. Pure.
 *
 * Percentiles interpolate linearly between the closest ranks, exactly as PostgreSQL's
 * percentile_cont: position p·(n−1) in the ascending values. The median of [10, 20, 30, 40]
 * is 25; the 90th percentile of [10, 10, 20, 45] is 20 + 0.7 × 25 = 37.5.
 */

/** The p-quantile (0 ≤ p ≤ 1) of the values, or null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`invalid percentile: ${p}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = p * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (b - a) * (pos - lo);
}

export interface Distribution {
  median: number | null;
  p90: number | null;
}

/** Median and 90th percentile, rounded to `digits` decimals. */
export function distribution(values: readonly number[], digits: number): Distribution {
  return { median: roundTo(percentile(values, 0.5), digits), p90: roundTo(percentile(values, 0.9), digits) };
}

/** numerator / denominator rounded to 4 decimals (0.973 = 97.3 %), or null when the denominator is 0. */
export function rate(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return roundTo(numerator / denominator, 4);
}

export function roundTo(x: number, digits: number): number;
export function roundTo(x: number | null, digits: number): number | null;
export function roundTo(x: number | null, digits: number): number | null {
  if (x === null) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** How many of each key. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const it of items) {
    const k = key(it);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

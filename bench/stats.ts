/**
 * The numbers every bench row prints: a median and a 90th percentile over repeated runs (so a
 * reader sees the noise of a busy machine), and each target with "met" or "not met".
 * Pure functions, unit-tested in tests/bench/stats.test.ts.
 */

/** The q-quantile (0..1) by linear interpolation between closest ranks; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  const xs = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const at = Math.min(1, Math.max(0, q)) * (xs.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = xs[lo] as number;
  const b = xs[hi] as number;
  return a + (b - a) * (at - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const p90 = (values: readonly number[]): number => quantile(values, 0.9);

export interface Spread {
  median: number;
  p90: number;
  n: number;
}

export function spread(values: readonly number[]): Spread {
  return { median: median(values), p90: p90(values), n: values.filter((x) => Number.isFinite(x)).length };
}

/** A ratio whose denominator may be (nearly) zero: floored at `least`, so one silent page cannot make it infinite. */
export function ratio(value: number, base: number, least: number): number {
  return value / Math.max(base, least);
}

/** A target: the value must be at most `max` ("<= 2x"). */
export interface Target {
  max: number;
  unit: 'x' | 'ms' | 'pages/s';
  /** For throughput, more is better: the value must be at least `min`. */
  atLeast?: boolean;
}

export function isMet(value: number, target: Target): boolean {
  if (!Number.isFinite(value)) return false;
  return target.atLeast ? value >= target.max : value <= target.max;
}

export function formatValue(value: number, unit: Target['unit']): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'x') return `${value.toFixed(2)}x`;
  if (unit === 'ms') return `${value.toFixed(1)} ms`;
  return `${value.toFixed(1)} pages/s`;
}

/** "2.31x (target <= 2x: not met)". */
export function verdict(value: number, target: Target): string {
  const sign = target.atLeast ? '>=' : '<=';
  return `${formatValue(value, target.unit)} (target ${sign} ${formatValue(target.max, target.unit)}: ${isMet(value, target) ? 'met' : 'not met'})`;
}

/** `n` items spread evenly over `items` (all of them when n >= length): a sample that keeps the list's range. */
export function evenSample<T>(items: readonly T[], n: number): T[] {
  if (n >= items.length) return [...items];
  if (n <= 0) return [];
  const step = items.length / n;
  return Array.from({ length: n }, (_, i) => items[Math.floor(i * step)] as T);
}

/** A markdown table row. */
export const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

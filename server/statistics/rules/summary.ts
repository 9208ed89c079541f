/**
 * A distribution as the statistics show it: how many, the median, the 90th percentile and the
 * maximum. Percentiles by the nearest-rank method — always a value that was measured, never one
 * interpolated between two visitors — so a small sample (a quiet window, one afternoon) reads
 * plainly: of 3 waits, the median is the 2nd and the 90th percentile the 3rd. SQL aggregation
 * (the views to come) must give the same figures; the tests hold both to this definition.
 */
export interface Summary {
  n: number;
  median: number | null;
  p90: number | null;
  max: number | null;
}

/** The value at percentile p (0–100] of ascending `sorted`: the ⌈p/100 · n⌉-th, nearest rank. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: nearestRank(sorted, 50),
    p90: nearestRank(sorted, 90),
    max: sorted.length ? sorted[sorted.length - 1] : null
  };
}

/**
 * A distribution kept as whole minutes → how many (a day's roll-up stores its waits so): summing
 * days' histograms and taking the nearest rank gives exactly what `summarize` gives on the minutes.
 */
export type Histogram = Record<string, number>;

export function toHistogram(minutes: readonly number[]): Histogram {
  const h: Histogram = {};
  for (const m of minutes) h[m] = (h[m] ?? 0) + 1;
  return h;
}

/** Adds `h` into `into` (changed in place: a year's views add thousands of days). */
export function addHistogram(into: Histogram, h: Histogram): Histogram {
  for (const k in h) into[k] = (into[k] ?? 0) + h[k];
  return into;
}

export function summarizeHistogram(h: Histogram): Summary {
  const buckets = Object.keys(h)
    .map(Number)
    .sort((a, b) => a - b);
  const n = buckets.reduce((s, k) => s + h[k], 0);
  if (n === 0) return { n: 0, median: null, p90: null, max: null };
  const at = (p: number) => {
    const rank = Math.max(1, Math.ceil((p / 100) * n));
    let seen = 0;
    for (const k of buckets) if ((seen += h[k]) >= rank) return k;
    return buckets[buckets.length - 1];
  };
  return { n, median: at(50), p90: at(90), max: buckets[buckets.length - 1] };
}

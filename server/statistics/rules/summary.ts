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

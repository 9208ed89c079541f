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

/** A histogram as flat pairs [minutes, visits, …]: what a view adds, by index rather than by key. */
export type Pairs = number[];

export function toPairs(h: Histogram): Pairs {
  const out: Pairs = [];
  for (const k in h) out.push(Number(k), h[k]);
  return out;
}

/** Counts by whole minute, dense: a year's thousands of rows add into it by index. */
export class Dense {
  private readonly c: number[] = [];
  add(p: Pairs): void {
    for (let i = 0; i < p.length; i += 2) this.c[p[i]] = (this.c[p[i]] ?? 0) + p[i + 1];
  }
  /** The sum of the minutes added. */
  total(): number {
    let sum = 0;
    for (let m = 0; m < this.c.length; m++) sum += m * (this.c[m] ?? 0);
    return sum;
  }
  /** The nearest-rank summary of what was added: the same as `summarize` of the minutes. */
  summary(): Summary {
    let n = 0;
    for (const v of this.c) n += v ?? 0;
    if (n === 0) return { n: 0, median: null, p90: null, max: null };
    const rank = (p: number) => Math.max(1, Math.ceil((p / 100) * n));
    const [r50, r90] = [rank(50), rank(90)];
    let seen = 0;
    let median: number | null = null;
    let p90: number | null = null;
    let max = 0;
    for (let m = 0; m < this.c.length; m++) {
      const v = this.c[m];
      if (!v) continue;
      seen += v;
      max = m;
      if (median === null && seen >= r50) median = m;
      if (p90 === null && seen >= r90) p90 = m;
    }
    return { n, median, p90, max };
  }
}

/** A histogram's summary, through the same dense count a view adds into. */
export function summarizeHistogram(h: Histogram): Summary {
  const d = new Dense();
  d.add(toPairs(h));
  return d.summary();
}

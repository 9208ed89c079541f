/**
 * Estimated wait: the people ahead share the windows that serve the service.
 * Rounded up to whole minutes; zero when nobody is ahead.
 */
export function estimateWaitMinutes(ahead: number, avgServiceMinutes: number, openWindows: number): number {
  if (ahead <= 0) return 0;
  return Math.ceil((ahead * Math.max(1, avgServiceMinutes)) / Math.max(1, openWindows));
}

/** Average minutes from call to finish of today's finished tickets, or the configured default. */
export function averageServiceMinutes(
  finished: ReadonlyArray<{ calledAt: Date | null; finishedAt: Date | null }>,
  fallback: number
): number {
  const spans = finished
    .filter((t) => t.calledAt && t.finishedAt)
    .map((t) => (t.finishedAt!.getTime() - t.calledAt!.getTime()) / 60_000)
    .filter((m) => m > 0 && m < 240);
  if (spans.length < 3) return fallback; // too few to trust
  return spans.reduce((a, b) => a + b, 0) / spans.length;
}

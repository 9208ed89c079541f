/**
 * Spoken calls never talk over each other and never fall far behind. Calls are spoken in bursts:
 * one chime, then every call of the burst in the first language, then all of them in the next.
 * A call made while the first language of a burst is still being spoken joins that burst (up to
 * `maxBurst`), so three windows calling within a second are all heard within seconds, not after
 * three whole kk + ru phrases each. A call waiting for its turn is dropped when it is superseded
 * (finished, no-show, transferred); the board also skips, at speaking time, a call that is no
 * longer on it.
 */
export class Announcer<T> {
  private queue: T[] = [];
  /** The burst being spoken; it grows while `open` (its first language has not ended). */
  private burst: T[] = [];
  private open = false;
  private playing = false;

  constructor(
    /** Speaks a burst; calls `close()` once its first language has been spoken (the burst stops growing). */
    private readonly play: (burst: readonly T[], close: () => void) => Promise<void>,
    private readonly key: (item: T) => string,
    private readonly maxBurst = 6
  ) {}

  enqueue(item: T): void {
    const k = this.key(item);
    if (this.open && this.burst.length < this.maxBurst && !this.burst.some((b) => this.key(b) === k))
      this.burst.push(item);
    else {
      // A recall of a call still waiting replaces it rather than queueing it twice.
      this.queue = [...this.queue.filter((q) => this.key(q) !== k), item];
    }
    if (!this.playing) void this.drain();
  }

  /** A call superseded before its turn is not spoken. */
  drop(key: string): void {
    this.queue = this.queue.filter((q) => this.key(q) !== key);
  }

  get pending(): number {
    return this.queue.length + (this.playing ? this.burst.length : 0);
  }

  private async drain(): Promise<void> {
    this.playing = true;
    while (this.queue.length > 0) {
      this.burst = this.queue.splice(0, this.maxBurst);
      this.open = true;
      try {
        await this.play(this.burst, () => (this.open = false));
      } catch {
        /* a failed sound must not stop the announcements after it */
      }
      this.open = false;
    }
    this.burst = [];
    this.playing = false;
  }
}

/** A two-tone chime from Web Audio: no sound files to ship or lose. */
export async function chime(ctx: AudioContext, volume = 1): Promise<void> {
  const now = ctx.currentTime;
  for (const [i, freq] of [659.25, 523.25].entries()) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, now + i * 0.45);
    gain.gain.exponentialRampToValueAtTime(Math.max(0.0002, 0.5 * volume), now + i * 0.45 + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.45 + 0.9);
    osc.connect(gain).connect(ctx.destination);
    osc.start(now + i * 0.45);
    osc.stop(now + i * 0.45 + 1);
  }
  await new Promise((r) => setTimeout(r, 1400));
}

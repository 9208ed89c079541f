/**
 * Announcements play one at a time, in call order, however fast calls come:
 * a chime, then the voice (display/voice.ts). Several windows calling together
 * queue up rather than talking over each other.
 */
export class Announcer<T> {
  private queue: T[] = [];
  private playing = false;

  constructor(private readonly play: (item: T) => Promise<void>) {}

  enqueue(item: T): void {
    this.queue.push(item);
    if (!this.playing) void this.drain();
  }

  get pending(): number {
    return this.queue.length + (this.playing ? 1 : 0);
  }

  private async drain(): Promise<void> {
    this.playing = true;
    while (this.queue.length > 0) {
      const item = this.queue.shift()!;
      try {
        await this.play(item);
      } catch {
        /* a failed sound must not stop the announcements after it */
      }
    }
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

/**
 * The kiosk's idle countdown: after a step's quiet time without a touch, ten seconds of «Still
 * there?» (the countdown a screen shows), then `onIdle` — back to the start for the next visitor.
 */
export class IdleCountdown {
  /** Seconds left of the warning, or null while the visitor is active. */
  countdown = $state<number | null>(null);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #tick: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly onIdle: () => void,
    private readonly warnSeconds = 10
  ) {}

  /** A touch: the quiet time (ms; 0 never times out) starts again and any warning ends. */
  touch(ms: number) {
    this.stop();
    if (ms > 0) this.#timer = setTimeout(() => this.#warn(), Math.max(0, ms - this.warnSeconds * 1000));
  }

  stop() {
    clearTimeout(this.#timer);
    clearInterval(this.#tick);
    this.countdown = null;
  }

  #warn() {
    this.countdown = this.warnSeconds;
    this.#tick = setInterval(() => {
      if (this.countdown === null) return clearInterval(this.#tick);
      this.countdown -= 1;
      if (this.countdown <= 0) {
        this.stop();
        this.onIdle();
      }
    }, 1000);
  }
}

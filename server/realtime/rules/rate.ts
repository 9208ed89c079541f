/**
 * A token bucket per socket connection: `burst` messages at once, then `perSecond` on average.
 * A socket that keeps going past it is cut off. Pure: the caller passes the time.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  /** Messages refused in a row; reset by any accepted one. */
  refusedInARow = 0;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    now: number
  ) {
    this.tokens = burst;
    this.last = now;
  }

  take(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      this.refusedInARow = 0;
      return true;
    }
    this.refusedInARow++;
    return false;
  }
}

/** What a board, a ticket page or a console needs: a few messages on (re)connect, one on a gap. */
export const SOCKET_LIMITS = { burst: 10, perSecond: 2, disconnectAfterRefused: 100 } as const;

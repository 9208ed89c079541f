/**
 * A token bucket per socket connection: `burst` messages at once, then `perSecond` on average.
 * A socket that keeps going past it is cut off. Pure: the caller passes the time.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  /** When the bucket was last asked. */
  get lastAt(): number {
    return this.last;
  }
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

/**
 * Token buckets by key (a screen, an address) for limits kept in the process: `burst`, then
 * `perSecond`. One set per scope object — the database — since tests run several in one process;
 * a set that grows past 10,000 keys starts afresh. Several processes each keep their own.
 */
export function keyedLimiter(limits: { burst: number; perSecond: number }) {
  const sets = new WeakMap<object, Map<string, TokenBucket>>();
  return (scope: object, key: string, now: number): boolean => {
    let buckets = sets.get(scope);
    if (!buckets || buckets.size > 10_000) sets.set(scope, (buckets = new Map()));
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = new TokenBucket(limits.burst, limits.perSecond, now)));
    return bucket.take(now);
  };
}

/** What a board, a ticket page or a console needs: a few messages on (re)connect, one on a gap. */
export const SOCKET_LIMITS = { burst: 10, perSecond: 2, disconnectAfterRefused: 100 } as const;

/**
 * Limits per client address on top of each socket's own (issue 22): how many sockets one address
 * may hold open and how many messages all of them may send. A hall's boards and consoles may sit
 * behind one NAT address, so both are settings (docs/operations.md); the defaults leave room for
 * dozens of screens reconnecting at once after a restart.
 */
export interface AddressLimitSettings {
  connections: number;
  messagesPerSecond: number;
}

export function addressLimitSettings(env: Record<string, string | undefined>): AddressLimitSettings {
  const positive = (v: string | undefined, fallback: number) => {
    const n = Number(v);
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    connections: positive(env.QABYLDAU_SOCKETS_PER_ADDRESS, 200),
    messagesPerSecond: positive(env.QABYLDAU_SOCKET_MESSAGES_PER_ADDRESS, 40)
  };
}

export class AddressLimits {
  private readonly open = new Map<string, number>();
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly settings: AddressLimitSettings) {}

  /** A new socket from this address, or false when the address holds its share already. */
  connect(address: string): boolean {
    const n = this.open.get(address) ?? 0;
    if (n >= this.settings.connections) return false;
    this.open.set(address, n + 1);
    return true;
  }

  disconnect(address: string): void {
    const n = (this.open.get(address) ?? 1) - 1;
    if (n > 0) this.open.set(address, n);
    else this.open.delete(address);
  }

  /**
   * Whether a message from this address may be served. The bucket holds one message per socket
   * the address may open (every screen may subscribe at once) and refills at the set rate; it
   * outlives the address's sockets, so reconnecting does not refill it.
   */
  message(address: string, now: number): boolean {
    let bucket = this.buckets.get(address);
    if (!bucket) {
      if (this.buckets.size >= 10_000) this.forgetIdle(now);
      bucket = new TokenBucket(this.settings.connections, this.settings.messagesPerSecond, now);
      this.buckets.set(address, bucket);
    }
    return bucket.take(now);
  }

  /** Buckets of addresses with no socket open and a full bucket say nothing: drop them. */
  private forgetIdle(now: number): void {
    const fullAfter = (this.settings.connections / this.settings.messagesPerSecond) * 1000;
    for (const [address, bucket] of this.buckets)
      if (!this.open.has(address) && now - bucket.lastAt >= fullAfter) this.buckets.delete(address);
  }
}

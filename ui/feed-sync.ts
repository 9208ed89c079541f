/**
 * Keeps a client in step with an office's event stream. Events are applied only
 * in sequence; a gap (or a reconnect) asks for a snapshot, and events that
 * arrive while the snapshot is on its way are replayed after it.
 */
export interface Sequenced {
  seq: number;
}

export class SeqTracker<E extends Sequenced> {
  private last = -1;
  private syncing = true;
  private buffer: E[] = [];

  constructor(
    private readonly apply: (e: E) => void,
    private readonly requestSnapshot: () => void
  ) {}

  /** A snapshot at sequence `seq` has been applied. */
  snapshot(seq: number): void {
    this.last = seq;
    this.syncing = false;
    const pending = this.buffer.filter((e) => e.seq > seq).sort((a, b) => a.seq - b.seq);
    this.buffer = [];
    for (const e of pending) this.event(e);
  }

  /** The connection dropped: whatever comes next must start from a snapshot. */
  reset(): void {
    this.syncing = true;
    this.buffer = [];
  }

  event(e: E): void {
    if (this.syncing) {
      this.buffer.push(e);
      return;
    }
    if (e.seq <= this.last) return; // already part of the state
    if (e.seq === this.last + 1) {
      this.last = e.seq;
      this.apply(e);
      return;
    }
    this.syncing = true;
    this.buffer = [e];
    this.requestSnapshot();
  }

  get seq(): number {
    return this.last;
  }
}

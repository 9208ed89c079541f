import { describe, expect, it } from 'vitest';
import { applyEvent, RECENT_LIMIT, type BoardState } from '../../display/board-state';
import type { PublicTicket, QueueEvent } from '../../server/realtime/contract';
import { SeqTracker } from '../../ui/feed-sync';

const tk = (code: string, status: PublicTicket['status'] = 'CALLED', window = 1): PublicTicket => ({
  code,
  serviceId: 1,
  status,
  outOfTurn: false,
  window: { number: window, kind: 'WINDOW' },
  calledAt: '2026-11-23T04:00:00Z',
  callCount: 1
});
const ev = (seq: number, type: QueueEvent['type'], ticket: PublicTicket | null = null): QueueEvent => ({
  officeId: 1,
  seq,
  type,
  at: '2026-11-23T04:00:00Z',
  ticket,
  window: null,
  waiting: { 1: seq }
});

describe('SeqTracker: no call is missed', () => {
  function setup() {
    const applied: number[] = [];
    let snapshots = 0;
    const tracker = new SeqTracker<QueueEvent>(
      (e) => applied.push(e.seq),
      () => snapshots++
    );
    return { tracker, applied, snapshotsRequested: () => snapshots };
  }

  it('applies events in sequence after a snapshot and ignores ones it already has', () => {
    const { tracker, applied } = setup();
    tracker.snapshot(10);
    tracker.event(ev(9, 'ticket.issued'));
    tracker.event(ev(10, 'ticket.issued'));
    tracker.event(ev(11, 'ticket.issued'));
    tracker.event(ev(12, 'ticket.issued'));
    expect(applied).toEqual([11, 12]);
  });

  it('asks for a snapshot on a gap, then replays what came meanwhile', () => {
    const { tracker, applied, snapshotsRequested } = setup();
    tracker.snapshot(1);
    tracker.event(ev(3, 'ticket.called'));
    expect(snapshotsRequested()).toBe(1);
    expect(applied).toEqual([]);
    tracker.event(ev(4, 'ticket.called'));
    tracker.event(ev(5, 'ticket.called'));
    tracker.snapshot(3); // the snapshot already includes 2 and 3
    expect(applied).toEqual([4, 5]);
    expect(tracker.seq).toBe(5);
  });

  it('buffers everything from a reconnect until the fresh snapshot', () => {
    const { tracker, applied } = setup();
    tracker.snapshot(5);
    tracker.reset();
    tracker.event(ev(8, 'ticket.called'));
    expect(applied).toEqual([]);
    tracker.snapshot(7);
    expect(applied).toEqual([8]);
  });
});

describe('board state', () => {
  const empty: BoardState = { current: [], recent: [], waiting: {} };

  it('shows a call, announces it, and keeps the waiting counts of the event', () => {
    const { state, announce } = applyEvent(empty, ev(1, 'ticket.called', tk('R-001')));
    expect(state.current.map((t) => t.code)).toEqual(['R-001']);
    expect(state.recent.map((t) => t.code)).toEqual(['R-001']);
    expect(announce?.code).toBe('R-001');
    expect(state.waiting).toEqual({ 1: 1 });
  });

  it('moves a recalled ticket to the top and announces it again', () => {
    let s = applyEvent(empty, ev(1, 'ticket.called', tk('R-001'))).state;
    s = applyEvent(s, ev(2, 'ticket.called', tk('R-002', 'CALLED', 2))).state;
    const r = applyEvent(s, ev(3, 'ticket.recalled', tk('R-001')));
    expect(r.state.current.map((t) => t.code)).toEqual(['R-001', 'R-002']);
    expect(r.announce?.code).toBe('R-001');
  });

  it('takes finished, no-show and transferred tickets off the current calls but keeps them in the history', () => {
    let s = applyEvent(empty, ev(1, 'ticket.called', tk('R-001'))).state;
    for (const type of ['ticket.finished', 'ticket.no_show', 'ticket.transferred'] as const) {
      const r = applyEvent(s, ev(2, type, tk('R-001', 'DONE')));
      expect(r.state.current).toEqual([]);
      expect(r.state.recent.map((t) => t.code)).toEqual(['R-001']);
      expect(r.announce).toBeNull();
    }
    s = applyEvent(s, ev(2, 'ticket.issued', tk('R-009', 'WAITING'))).state;
    expect(s.current.map((t) => t.code)).toEqual(['R-001']);
  });

  it(`keeps at most ${RECENT_LIMIT} recent calls`, () => {
    let s = empty;
    for (let i = 1; i <= 15; i++)
      s = applyEvent(s, ev(i, 'ticket.called', tk(`R-${String(i).padStart(3, '0')}`))).state;
    expect(s.recent).toHaveLength(RECENT_LIMIT);
    expect(s.recent[0].code).toBe('R-015');
  });
});

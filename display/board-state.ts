import type { BoardSnapshot, PublicTicket, QueueEvent } from '$server/realtime/contract';

/** What the hall board shows; rebuilt from a snapshot, advanced by events. */
export interface BoardState {
  current: PublicTicket[];
  recent: PublicTicket[];
  waiting: Record<number, number>;
}

export const RECENT_LIMIT = 10;

export function fromSnapshot(s: BoardSnapshot): BoardState {
  return { current: s.current, recent: s.recent, waiting: s.waiting };
}

const without = (list: PublicTicket[], code: string) => list.filter((t) => t.code !== code);

/** Applies one event; returns the new state and the ticket to announce, if any. */
export function applyEvent(state: BoardState, e: QueueEvent): { state: BoardState; announce: PublicTicket | null } {
  const t = e.ticket;
  let { current, recent } = state;
  let announce: PublicTicket | null = null;
  if (t) {
    switch (e.type) {
      case 'ticket.called':
      case 'ticket.recalled':
        current = [t, ...without(current, t.code)];
        recent = [t, ...without(recent, t.code)].slice(0, RECENT_LIMIT);
        announce = t;
        break;
      case 'ticket.started':
      case 'ticket.category':
        current = current.map((c) => (c.code === t.code ? t : c));
        recent = recent.map((c) => (c.code === t.code ? t : c));
        break;
      case 'ticket.finished':
      case 'ticket.no_show':
      case 'ticket.transferred':
        current = without(current, t.code);
        recent = recent.map((c) => (c.code === t.code ? t : c));
        break;
    }
  }
  return { state: { current, recent, waiting: e.waiting }, announce };
}

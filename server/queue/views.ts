import { isOutOfTurn } from './rules/categories';
import type { PublicTicket, PublicWindow } from '../realtime/contract';

type TicketRow = {
  code: string;
  serviceId: number;
  status: string;
  category: string | null;
  categoryStatus: string | null;
  calledAt: Date | null;
  callCount: number;
  window?: { number: number; kind: string } | null;
};

/** The only shape of a ticket that leaves for public clients (board, status page, sockets). */
export function publicTicket(t: TicketRow): PublicTicket {
  return {
    code: t.code,
    serviceId: t.serviceId,
    status: t.status as PublicTicket['status'],
    outOfTurn: isOutOfTurn(t),
    window: t.window ? { number: t.window.number, kind: t.window.kind as 'WINDOW' | 'ROOM' } : null,
    calledAt: t.calledAt ? t.calledAt.toISOString() : null,
    callCount: t.callCount
  };
}

export function publicWindow(w: { id: number; number: number; kind: string; state: string }): PublicWindow {
  return { id: w.id, number: w.number, kind: w.kind as PublicWindow['kind'], state: w.state as PublicWindow['state'] };
}

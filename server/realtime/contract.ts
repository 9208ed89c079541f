/**
 * The realtime contract (docs/api.md): what every client of an office's room
 * receives. Public by design: ticket numbers, services and windows only,
 * never anything about the visitor.
 */

export type QueueEventType =
  | 'ticket.issued'
  | 'ticket.called'
  | 'ticket.recalled'
  | 'ticket.started'
  | 'ticket.finished'
  | 'ticket.no_show'
  | 'ticket.transferred'
  | 'ticket.category'
  | 'ticket.printed'
  | 'ticket.print_failed'
  | 'window.opened'
  | 'window.closed'
  | 'window.paused'
  | 'window.resumed'
  // An administrator replaced or reverted a voice clip: boards drop their cached clips.
  | 'office.voice'
  // "I need help" at a kiosk, and a staff member on the way (no one's name or data: a kiosk and a language).
  | 'help.requested'
  | 'help.acknowledged';

export interface PublicWindow {
  id: number;
  number: number;
  kind: 'WINDOW' | 'ROOM';
  state: 'CLOSED' | 'OPEN' | 'PAUSED';
}

export interface PublicTicket {
  code: string;
  serviceId: number;
  status: 'WAITING' | 'CALLED' | 'SERVING' | 'DONE' | 'NO_SHOW';
  outOfTurn: boolean;
  window: { number: number; kind: 'WINDOW' | 'ROOM' } | null;
  calledAt: string | null;
  callCount: number;
}

export interface QueueEvent {
  officeId: number;
  /** Per-office, gap-free, persisted: a client that sees a gap asks for a snapshot. */
  seq: number;
  type: QueueEventType;
  at: string;
  ticket: PublicTicket | null;
  window: PublicWindow | null;
  /** Waiting tickets per service id after this change. */
  waiting: Record<number, number>;
  /** For help.* events. */
  help?: PublicHelp | null;
}

/** A kiosk's call for help, as staff consoles see it. */
export interface PublicHelp {
  id: number;
  kiosk: { nameKk: string; nameRu: string } | null;
  language: string;
  state: 'OPEN' | 'ACKNOWLEDGED';
  at: string;
}

export interface BoardService {
  id: number;
  nameKk: string;
  nameRu: string;
  prefix: string;
}

/** A reception session as the public sees it: the official (003 ¶8), never an applicant. */
export interface PublicSession {
  date: string;
  startsAt: string;
  endsAt: string;
  type: string;
  cancelled: boolean;
  official: { fullName: string; positionKk: string; positionRu: string };
  room: { number: number; kind: string } | null;
  placeKk: string;
  placeRu: string;
}

export interface BoardSnapshot {
  office: { id: number; code: string; nameKk: string; nameRu: string; timeZone: string };
  seq: number;
  at: string;
  services: BoardService[];
  /** Tickets now at a window (CALLED or SERVING), newest call first. */
  current: PublicTicket[];
  /** Today's latest calls, newest first, including finished ones. */
  recent: PublicTicket[];
  waiting: Record<number, number>;
  /** Today's published reception sessions (SPEC 2.1). */
  reception: PublicSession[];
}

/** Socket.io event names (client → server with an ack, server → client). */
export const EVENTS = {
  subscribe: 'office:subscribe',
  snapshot: 'office:snapshot',
  event: 'queue:event',
  changed: 'office:changed'
} as const;

/**
 * What staff changed in an office outside the hall's queue (an application, an assignment): only
 * which part, never what — the staff screens showing that part read their data again.
 */
export type ChangeScope = 'control' | 'reception';
export interface OfficeChanged {
  scope: ChangeScope;
}

export type SubscribeReply = { ok: true; snapshot: BoardSnapshot } | { ok: false; error: string };

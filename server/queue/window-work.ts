import { inScope, type Scoped } from '../auth/scope';
import type { Tx } from '../db/client';
import { TX_OPTIONS } from '../db/client';
import { DomainError } from '../shared/errors';
import type { QueueEvent, QueueEventType } from '../realtime/contract';
import type { Ctx } from '../realtime/context';
import { appendEvent } from '../feed';
import { publicTicket, publicWindow } from './views';

/*
 * What every action at a window shares: the window as its worker sees it, one transaction whose
 * events are published after it commits, and the event each change records.
 */

/** The signed-in staff member doing an action (for the event record and checks). */
export interface Actor extends Scoped {
  id: number;
  role: string;
}

/** A window of one of the actor's offices; another office's window does not exist for them. */
export async function loadWindow(tx: Tx, windowId: number, actor: Actor) {
  const w = await tx.window.findUnique({ where: { id: windowId }, include: { office: true, services: true } });
  if (!w || !w.active || !inScope(actor, w.officeId)) throw new DomainError('unknown_window');
  return w;
}

export type WindowRow = Awaited<ReturnType<typeof loadWindow>>;

/** Only the person signed in at a window may work it. */
export function assertWorking(w: WindowRow, actor: Actor) {
  if (w.userId !== actor.id) throw new DomainError(w.userId === null ? 'window_closed' : 'not_your_window');
}

export async function run<T>(ctx: Ctx, body: (tx: Tx, events: QueueEvent[]) => Promise<T>): Promise<T> {
  const events: QueueEvent[] = [];
  const result = await ctx.db.$transaction((tx) => body(tx, events), TX_OPTIONS);
  for (const e of events) ctx.publish(e);
  return result;
}

export function windowEvent(
  w: WindowRow,
  type: QueueEventType,
  at: Date,
  actor: Actor,
  state: string,
  detail?: Record<string, unknown>
) {
  return {
    officeId: w.officeId,
    type,
    at,
    windowId: w.id,
    userId: actor.id,
    detail,
    window: publicWindow({ ...w, state })
  };
}

/** The ticket now at this window, for an action by the person working it. */
export async function ticketAtWindow(tx: Tx, windowId: number, ticketId: number, actor: Actor, action: string) {
  const w = await loadWindow(tx, windowId, actor);
  assertWorking(w, actor);
  const t = await tx.ticket.findUnique({ where: { id: ticketId } });
  if (!t || t.officeId !== w.officeId) throw new DomainError('unknown_ticket');
  if (t.windowId !== w.id) throw new DomainError('bad_transition', { from: t.status, action });
  return { w, t };
}

/** What an action answers about the ticket it changed (and what its event makes public). */
export interface ChangedTicket {
  id: number;
  code: string;
  status: string;
  serviceId: number;
  windowId: number | null;
  category: string | null;
  categoryStatus: string | null;
  calledAt: Date | null;
  callCount: number;
  window: { number: number; kind: string } | null;
}

/** Re-reads the changed ticket (plain SQL: one statement on every call) and records the change (event log + realtime). */
export async function ticketChanged(
  tx: Tx,
  events: QueueEvent[],
  w: WindowRow,
  actor: Actor,
  change: {
    type: QueueEventType;
    at: Date;
    ticketId: number;
    fromStatus: string | null;
    toStatus: string;
    detail?: Record<string, unknown>;
  }
): Promise<ChangedTicket> {
  const [row] = await tx.$queryRaw<
    Array<Omit<ChangedTicket, 'window'> & { windowNumber: number | null; windowKind: string | null }>
  >`
    SELECT t."id", t."code", t."status", t."serviceId", t."windowId", t."category", t."categoryStatus", t."calledAt", t."callCount",
      w."number" AS "windowNumber", w."kind" AS "windowKind"
    FROM "Ticket" t LEFT JOIN "Window" w ON w."id" = t."windowId" WHERE t."id" = ${change.ticketId}`;
  if (!row) throw new DomainError('unknown_ticket');
  const { windowNumber, windowKind, ...t } = row;
  const ticket: ChangedTicket = {
    ...t,
    id: Number(t.id),
    serviceId: Number(t.serviceId),
    windowId: t.windowId === null ? null : Number(t.windowId),
    callCount: Number(t.callCount),
    calledAt: t.calledAt === null ? null : new Date(t.calledAt),
    window: windowNumber === null ? null : { number: Number(windowNumber), kind: windowKind! }
  };
  events.push(
    await appendEvent(
      tx,
      { officeId: w.officeId, windowId: w.id, userId: actor.id, ...change, ticket: publicTicket(ticket) },
      w.office.timeZone
    )
  );
  return ticket;
}

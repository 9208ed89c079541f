import type { Tx } from '../db/client';
import { DomainError } from '../shared/errors';
import { lineHead } from './line';
import { nextStatus, type TicketAction, type TicketStatus } from './rules/ticket-state';
import { localDay } from '../shared/time';
import type { QueueEventType } from '../realtime/contract';
import type { Ctx } from '../realtime/context';
import { rulesOf } from './rules/queue-order';
import { assertWorking, loadWindow, run, ticketAtWindow, ticketChanged, type Actor } from './window-work';

/* What a specialist does with tickets at a window: call (the next, or one), recall, start, finish,
 * no-show, transfer, and the out-of-turn category's check. */

const ACTION_EVENT: Record<TicketAction, QueueEventType> = {
  call: 'ticket.called',
  recall: 'ticket.recalled',
  start: 'ticket.started',
  finish: 'ticket.finished',
  noShow: 'ticket.no_show',
  transfer: 'ticket.transferred'
};

/**
 * A window that may call now: worked by this person, not paused, with nobody at it. Calls in one
 * office take turns (a row lock on PostgreSQL; SQLite transactions already do), so each window
 * sees the tickets the others just took.
 */
async function readyToCall(tx: Tx, windowId: number, actor: Actor) {
  const w = await loadWindow(tx, windowId, actor);
  assertWorking(w, actor);
  if (w.state === 'PAUSED') throw new DomainError('window_paused');
  await tx.$executeRaw`UPDATE "Office" SET "eventSeq" = "eventSeq" WHERE "id" = ${w.officeId}`;
  const [busy] = await tx.$queryRaw<Array<{ code: string }>>`
    SELECT "code" FROM "Ticket" WHERE "windowId" = ${w.id} AND "status" IN ('CALLED', 'SERVING') LIMIT 1`;
  if (busy) throw new DomainError('ticket_in_progress', { code: busy.code });
  return w;
}

/** Compare-and-set WAITING → CALLED at this window: false if another window took it first. */
async function claim(tx: Tx, ticketId: number, windowId: number, now: Date): Promise<boolean> {
  // Plain SQL on the call path, like the line's reads (server/queue/line.ts).
  const claimed = await tx.$executeRaw`
    UPDATE "Ticket" SET "status" = 'CALLED', "windowId" = ${windowId}, "calledAt" = ${now}, "callCount" = "callCount" + 1, "targetWindowId" = NULL
    WHERE "id" = ${ticketId} AND "status" = 'WAITING'`;
  return claimed === 1;
}

/**
 * Call the next ticket to this window. Out-of-turn first, then arrival, across
 * all the window's services. The claim is a compare-and-set on the ticket's
 * status, so two windows calling at once never get the same ticket.
 */
export async function callNext(ctx: Ctx, windowId: number, actor: Actor) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const result = await run(ctx, async (tx, events) => {
      const now = ctx.now();
      const w = await readyToCall(tx, windowId, actor);
      const line = {
        officeId: w.officeId,
        serviceDay: localDay(now, w.office.timeZone),
        serviceIds: w.services.map((s) => s.serviceId),
        windowId: w.id
      };
      const [next] = await lineHead(tx, line, now, rulesOf(w.office), 1);
      if (!next) throw new DomainError('queue_empty');
      if (!(await claim(tx, next.id, w.id, now))) return null; // taken by another window meanwhile: pick again
      return ticketChanged(tx, events, w, actor, {
        type: 'ticket.called',
        at: now,
        ticketId: next.id,
        fromStatus: 'WAITING',
        toStatus: 'CALLED'
      });
    });
    if (result) return result;
  }
  throw new DomainError('conflict');
}

/**
 * Call one particular waiting ticket to this window (an elderly visitor, a transferred one, an
 * appointment in the official's room), if this window may serve it. Recorded as such.
 */
export async function callTicket(ctx: Ctx, windowId: number, ticketId: number, actor: Actor) {
  return run(ctx, async (tx, events) => {
    const now = ctx.now();
    const w = await readyToCall(tx, windowId, actor);
    const t = await tx.ticket.findUnique({ where: { id: ticketId } });
    if (!t || t.officeId !== w.officeId) throw new DomainError('unknown_ticket');
    const serves =
      w.services.some((s) => s.serviceId === t.serviceId) && (t.targetWindowId === null || t.targetWindowId === w.id);
    if (t.status !== 'WAITING' || !serves) throw new DomainError('bad_transition', { from: t.status, action: 'call' });
    if (!(await claim(tx, t.id, w.id, now))) throw new DomainError('conflict');
    return ticketChanged(tx, events, w, actor, {
      type: 'ticket.called',
      at: now,
      ticketId: t.id,
      fromStatus: 'WAITING',
      toStatus: 'CALLED',
      detail: { specific: true }
    });
  });
}

/** recall, start, finish, noShow on the ticket now at this window. */
export async function actOnTicket(
  ctx: Ctx,
  windowId: number,
  ticketId: number,
  action: Exclude<TicketAction, 'call' | 'transfer'>,
  actor: Actor
) {
  return run(ctx, async (tx, events) => {
    const now = ctx.now();
    const { w, t } = await ticketAtWindow(tx, windowId, ticketId, actor, action);
    const to = nextStatus(t.status as TicketStatus, action);
    const data: Record<string, unknown> = { status: to };
    if (action === 'recall') Object.assign(data, { callCount: { increment: 1 }, calledAt: now });
    if (action === 'start') data.startedAt = now;
    if (action === 'finish' || action === 'noShow') data.finishedAt = now;
    const changed = await tx.ticket.updateMany({ where: { id: t.id, status: t.status, windowId: w.id }, data });
    if (changed.count !== 1) throw new DomainError('conflict');
    return ticketChanged(tx, events, w, actor, {
      type: ACTION_EVENT[action],
      at: now,
      ticketId: t.id,
      fromStatus: t.status,
      toStatus: to
    });
  });
}

/**
 * Send the ticket at this window to another service (and optionally a particular
 * window). It keeps its arrival time, so it does not lose its place (SPEC 1.4).
 */
export async function transferTicket(
  ctx: Ctx,
  windowId: number,
  ticketId: number,
  target: { serviceId: number; windowId?: number | null },
  actor: Actor
) {
  return run(ctx, async (tx, events) => {
    const now = ctx.now();
    const { w, t } = await ticketAtWindow(tx, windowId, ticketId, actor, 'transfer');
    const to = nextStatus(t.status as TicketStatus, 'transfer');
    const service = await tx.service.findFirst({ where: { id: target.serviceId, officeId: w.officeId } });
    if (!service) throw new DomainError('unknown_service');
    let targetWindowId: number | null = null;
    if (target.windowId != null) {
      const tw = await tx.window.findFirst({
        where: {
          id: target.windowId,
          officeId: w.officeId,
          active: true,
          services: { some: { serviceId: service.id } }
        }
      });
      if (!tw) throw new DomainError('unknown_window');
      targetWindowId = tw.id;
    }
    const changed = await tx.ticket.updateMany({
      where: { id: t.id, status: t.status, windowId: w.id },
      data: { status: to, serviceId: service.id, windowId: null, targetWindowId, calledAt: null, startedAt: null }
    });
    if (changed.count !== 1) throw new DomainError('conflict');
    return ticketChanged(tx, events, w, actor, {
      type: 'ticket.transferred',
      at: now,
      ticketId: t.id,
      fromStatus: t.status,
      toStatus: to,
      detail: { fromServiceId: t.serviceId, toServiceId: service.id, toWindowId: targetWindowId }
    });
  });
}

/** Confirm or revoke the out-of-turn category claimed at the kiosk, after checking a document. */
export async function decideCategory(
  ctx: Ctx,
  windowId: number,
  ticketId: number,
  decision: 'CONFIRMED' | 'REVOKED',
  actor: Actor
) {
  return run(ctx, async (tx, events) => {
    const { w, t } = await ticketAtWindow(tx, windowId, ticketId, actor, 'category');
    if (!t.category) throw new DomainError('no_category');
    await tx.ticket.update({ where: { id: t.id }, data: { categoryStatus: decision } });
    return ticketChanged(tx, events, w, actor, {
      type: 'ticket.category',
      at: ctx.now(),
      ticketId: t.id,
      fromStatus: t.status,
      toStatus: t.status,
      detail: { category: t.category, from: t.categoryStatus, to: decision }
    });
  });
}

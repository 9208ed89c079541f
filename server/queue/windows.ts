import { inScope, type Scoped } from '../auth/scope';
import type { Tx } from '../db/client';
import { TX_OPTIONS } from '../db/client';
import { isOutOfTurn } from './rules/categories';
import { DomainError } from '../shared/errors';
import { lineHead, lineLength } from './line';
import { nextStatus, type TicketAction, type TicketStatus } from './rules/ticket-state';
import { localDay } from '../shared/time';
import type { QueueEvent, QueueEventType } from '../realtime/contract';
import type { Ctx } from '../realtime/context';
import { appendEvent } from '../feed';
import { rulesOf } from './rules/queue-order';
import { publicTicket, publicWindow } from './views';
import { parsePausePresets } from '../offices/rules/pause-presets';

/** The signed-in staff member doing an action (for the event record and checks). */
export interface Actor extends Scoped {
  id: number;
  role: string;
}

/** A window of one of the actor's offices; another office's window does not exist for them. */
async function loadWindow(tx: Tx, windowId: number, actor: Actor) {
  const w = await tx.window.findUnique({ where: { id: windowId }, include: { office: true, services: true } });
  if (!w || !w.active || !inScope(actor, w.officeId)) throw new DomainError('unknown_window');
  return w;
}

type WindowRow = Awaited<ReturnType<typeof loadWindow>>;

/** Only the person signed in at a window may work it. */
function assertWorking(w: WindowRow, actor: Actor) {
  if (w.userId !== actor.id) throw new DomainError(w.userId === null ? 'window_closed' : 'not_your_window');
}

async function run<T>(ctx: Ctx, body: (tx: Tx, events: QueueEvent[]) => Promise<T>): Promise<T> {
  const events: QueueEvent[] = [];
  const result = await ctx.db.$transaction((tx) => body(tx, events), TX_OPTIONS);
  for (const e of events) ctx.publish(e);
  return result;
}

function windowEvent(
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

/** Sign in at a window: it opens under this person (one window per person). */
export async function takeWindow(ctx: Ctx, windowId: number, actor: Actor) {
  return run(ctx, async (tx, events) => {
    const w = await loadWindow(tx, windowId, actor);
    if (w.userId === actor.id) return publicWindow(w);
    if (w.userId !== null) throw new DomainError('window_taken');
    // Leaving any other window this person held.
    const previous = await tx.window.findUnique({
      where: { userId: actor.id },
      include: { office: true, services: true }
    });
    if (previous) {
      await tx.window.update({
        where: { id: previous.id },
        data: { userId: null, state: 'CLOSED', pauseReason: null }
      });
      events.push(
        await appendEvent(
          tx,
          windowEvent(previous, 'window.closed', ctx.now(), actor, 'CLOSED'),
          previous.office.timeZone
        )
      );
    }
    const updated = await tx.window.updateMany({
      where: { id: w.id, userId: null },
      data: { userId: actor.id, state: 'OPEN', pauseReason: null }
    });
    if (updated.count !== 1) throw new DomainError('window_taken');
    events.push(await appendEvent(tx, windowEvent(w, 'window.opened', ctx.now(), actor, 'OPEN'), w.office.timeZone));
    return publicWindow({ ...w, state: 'OPEN' });
  });
}

export async function leaveWindow(ctx: Ctx, windowId: number, actor: Actor) {
  return run(ctx, async (tx, events) => {
    const w = await loadWindow(tx, windowId, actor);
    assertWorking(w, actor);
    await tx.window.update({ where: { id: w.id }, data: { userId: null, state: 'CLOSED', pauseReason: null } });
    events.push(await appendEvent(tx, windowEvent(w, 'window.closed', ctx.now(), actor, 'CLOSED'), w.office.timeZone));
    return publicWindow({ ...w, state: 'CLOSED' });
  });
}

export async function pauseWindow(ctx: Ctx, windowId: number, actor: Actor, reason: string) {
  return run(ctx, async (tx, events) => {
    const w = await loadWindow(tx, windowId, actor);
    assertWorking(w, actor);
    await tx.window.update({ where: { id: w.id }, data: { state: 'PAUSED', pauseReason: reason } });
    events.push(
      await appendEvent(tx, windowEvent(w, 'window.paused', ctx.now(), actor, 'PAUSED', { reason }), w.office.timeZone)
    );
    return publicWindow({ ...w, state: 'PAUSED' });
  });
}

export async function resumeWindow(ctx: Ctx, windowId: number, actor: Actor) {
  return run(ctx, async (tx, events) => {
    const w = await loadWindow(tx, windowId, actor);
    assertWorking(w, actor);
    await tx.window.update({ where: { id: w.id }, data: { state: 'OPEN', pauseReason: null } });
    events.push(await appendEvent(tx, windowEvent(w, 'window.resumed', ctx.now(), actor, 'OPEN'), w.office.timeZone));
    return publicWindow({ ...w, state: 'OPEN' });
  });
}

/** The ticket now at this window, for an action by the person working it. */
async function ticketAtWindow(tx: Tx, windowId: number, ticketId: number, actor: Actor, action: string) {
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
async function ticketChanged(
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

/** How much of the line the console shows (a day's backlog may be thousands). */
export const CONSOLE_LINE = 50;

/** The console's view of a window: itself, its current ticket, and who waits for it in call order. */
export async function windowConsole(ctx: Ctx, windowId: number, actor: Scoped) {
  const now = ctx.now();
  const w = await ctx.db.window.findUnique({
    where: { id: windowId },
    include: { office: true, services: { include: { service: true } }, user: { select: { id: true, fullName: true } } }
  });
  if (!w || !w.active || !inScope(actor, w.officeId)) throw new DomainError('unknown_window');
  const serviceIds = w.services.map((s) => s.serviceId);
  const serviceDay = localDay(now, w.office.timeZone);
  const line = { officeId: w.officeId, serviceDay, serviceIds, windowId: w.id };
  const [current, head, waitingTotal, officeServices, officeWindows, kiosks] = await Promise.all([
    ctx.db.ticket.findFirst({
      where: { windowId: w.id, status: { in: ['CALLED', 'SERVING'] } },
      include: { service: true }
    }),
    lineHead(ctx.db, line, now, rulesOf(w.office), CONSOLE_LINE),
    lineLength(ctx.db, line),
    ctx.db.service.findMany({
      where: { officeId: w.officeId, active: true },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }]
    }),
    ctx.db.window.findMany({
      where: { officeId: w.officeId, active: true },
      include: { services: true },
      orderBy: { number: 'asc' }
    }),
    ctx.db.kiosk.findMany({ where: { officeId: w.officeId, active: true }, orderBy: { id: 'asc' } })
  ]);
  const rows = new Map(
    (await ctx.db.ticket.findMany({ where: { id: { in: head.map((t) => t.id) } } })).map((t) => [t.id, t])
  );
  // In call order; a ticket called meanwhile by another window is simply not shown.
  const waiting = head.flatMap((t) => rows.get(t.id) ?? []);
  const names = new Map(
    w.services.map((s) => [s.service.id, { id: s.service.id, nameKk: s.service.nameKk, nameRu: s.service.nameRu }])
  );
  const row = (t: (typeof waiting)[number] & { service?: { id: number; nameKk: string; nameRu: string } }) => ({
    id: t.id,
    code: t.code,
    service: names.get(t.serviceId) ?? {
      id: t.serviceId,
      nameKk: t.service?.nameKk ?? '',
      nameRu: t.service?.nameRu ?? ''
    },
    category: t.category,
    categoryStatus: t.categoryStatus,
    outOfTurn: isOutOfTurn(t),
    needsAssistance: t.needsAssistance,
    language: t.language,
    status: t.status,
    arrivedAt: t.arrivedAt.toISOString(),
    calledAt: t.calledAt?.toISOString() ?? null,
    startedAt: t.startedAt?.toISOString() ?? null,
    callCount: t.callCount,
    printStatus: t.printStatus
  });
  return {
    window: {
      id: w.id,
      number: w.number,
      kind: w.kind,
      state: w.state,
      pauseReason: w.pauseReason,
      user: w.user,
      office: { id: w.office.id, code: w.office.code, nameKk: w.office.nameKk, nameRu: w.office.nameRu },
      pausePresets: parsePausePresets(w.office.pausePresets),
      services: w.services.map((s) => ({ id: s.service.id, nameKk: s.service.nameKk, nameRu: s.service.nameRu }))
    },
    current: current ? row(current) : null,
    // The head of the line: what a specialist can act on; the total says how long it is.
    waiting: waiting.map(row),
    waitingTotal,
    transferTargets: {
      services: officeServices.map((s) => ({ id: s.id, nameKk: s.nameKk, nameRu: s.nameRu })),
      windows: officeWindows.map((o) => ({
        id: o.id,
        number: o.number,
        kind: o.kind,
        serviceIds: o.services.map((s) => s.serviceId)
      }))
    },
    // Kiosks whose last print failed: staff tell visitors and reprint (SPEC 1.2).
    printerFaults: kiosks
      .filter((k) => k.printerKind !== 'NONE' && !['OK', 'UNKNOWN'].includes(k.printerStatus))
      .map((k) => ({
        id: k.id,
        nameKk: k.nameKk,
        nameRu: k.nameRu,
        fault: k.printerStatus,
        at: k.printerCheckedAt?.toISOString() ?? null
      })),
    kiosks: kiosks
      .filter((k) => k.printerKind !== 'NONE')
      .map((k) => ({ id: k.id, nameKk: k.nameKk, nameRu: k.nameRu })),
    now: now.toISOString()
  };
}
export type WindowConsole = Awaited<ReturnType<typeof windowConsole>>;

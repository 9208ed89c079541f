import { audit } from '../auth/audit';
import type { Db, Tx } from '../db/client';
import { TX_OPTIONS } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import { newToken } from '../shared/tokens';
import { isCategory, isOutOfTurn } from './rules/categories';
import { DomainError } from '../shared/errors';
import { isLanguage } from '../shared/language';
import { ticketCode } from './rules/numbering';
import { rulesOf } from './rules/queue-order';
import { localDay } from '../shared/time';
import type { QueueEvent } from '../realtime/contract';
import type { Ctx } from '../realtime/context';
import { appendEvent } from '../feed';
import { officeIssuing } from '../offices';
import { officeConfig, type OfficeConfig } from '../offices';
import { countAhead } from './line';
import { ticketView, viewOf, waitMinutesFor, type TicketView } from './ticket-view';
import { publicTicket } from './views';

type TicketRow = NonNullable<Awaited<ReturnType<Db['ticket']['findUnique']>>>;

export interface IssueRequest {
  officeCode: string;
  serviceId: number;
  language: string;
  category?: string | null;
  needsAssistance?: boolean;
  /** Chosen by the kiosk per visitor action: a retried or doubled request returns the same ticket. */
  idempotencyKey?: string | null;
  /** The issuing kiosk's code; its printer will print the ticket. */
  kiosk?: string | null;
  /**
   * A check-in for a personal-reception appointment (server/reception/check-in.ts): the ticket
   * is bound to the application and only the session's room may call it.
   */
  appointment?: { applicationId: number; targetWindowId: number | null } | null;
  /** Issued at the registrar desk: by whom, and how identity was verified (000 ¶205). */
  issuedBy?: { userId: number; identityVerified: 'ORIGINAL' | 'DIGITAL' } | null;
  /** A staff action that issues the ticket, audited in the ticket's own transaction. */
  audit?: StaffAudit | null;
}

/** The audit row of a staff member's action on a ticket (the desk's issue or check-in). */
export interface StaffAudit {
  userId: number;
  action: string;
  detail?: Record<string, unknown>;
}

/** The next running number for a prefix today; atomic on SQLite and PostgreSQL alike. */
async function nextNumber(tx: Tx, officeId: number, serviceDay: string, prefix: string): Promise<number> {
  const rows = await tx.$queryRaw<Array<{ value: number | bigint }>>`
    INSERT INTO "TicketCounter" ("officeId", "serviceDay", "prefix", "value")
    VALUES (${officeId}, ${serviceDay}, ${prefix}, 1)
    ON CONFLICT ("officeId", "serviceDay", "prefix") DO UPDATE SET "value" = "TicketCounter"."value" + 1
    RETURNING "value"`;
  return Number(rows[0].value);
}

export async function issueTicket(
  ctx: Ctx,
  req: IssueRequest
): Promise<{ ticket: TicketView; created: boolean; id: number; kioskId: number | null }> {
  if (!isLanguage(req.language)) throw new DomainError('bad_language');
  const category = req.category ?? null;
  if (category !== null && !isCategory(category)) throw new DomainError('bad_category');
  const now = ctx.now();
  let config = await officeConfig(ctx.db, req.officeCode);
  if ((req.kiosk && !config.kiosks.has(req.kiosk)) || !config.services.has(req.serviceId))
    config = await officeConfig(ctx.db, req.officeCode, { fresh: true });
  const office = config.office;

  // A retried request (its idempotency key seen before) gets its ticket again: found when its insert
  // collides with the unique key (below), or before refusing it — the office may have closed since.
  // Not looked up first: that would cost every new ticket a read for the rare retry.
  const refuse = async (err: DomainError) => {
    const earlier = req.idempotencyKey ? await issuedBefore(ctx, office.id, req.idempotencyKey, now) : null;
    if (earlier) return earlier;
    throw err;
  };
  const kiosk = req.kiosk ? config.kiosks.get(req.kiosk) : null;
  if (req.kiosk && !kiosk) return refuse(new DomainError('unknown_kiosk'));
  const service = config.services.get(req.serviceId);
  if (!service) return refuse(new DomainError('unknown_service'));
  if (!service.active) return refuse(new DomainError('service_inactive'));
  const issuing = await officeIssuing(ctx.db, office, now);
  if (!issuing.open) return refuse(new DomainError('office_closed', { opensAt: issuing.opensAt ?? '' }));

  const serviceDay = localDay(now, office.timeZone);
  let event: QueueEvent;
  let row: TicketRow;
  try {
    ({ event, row } = await ctx.db.$transaction(async (tx) => {
      const number = await nextNumber(tx, office.id, serviceDay, service.prefix);
      // Plain SQL, the row built here: the query builder would cost more than the insert and
      // read the row back.
      const ticket: TicketRow = {
        id: 0,
        officeId: office.id,
        serviceId: service.id,
        serviceDay,
        number,
        code: ticketCode(service.prefix, number),
        language: req.language,
        category,
        categoryStatus: category ? 'CLAIMED' : null,
        needsAssistance: req.needsAssistance === true,
        status: 'WAITING',
        windowId: null,
        targetWindowId: req.appointment?.targetWindowId ?? null,
        token: newToken(16), // the QR's URL: short enough for a small code, still unguessable
        idempotencyKey: req.idempotencyKey ?? null,
        issuedAt: now,
        arrivedAt: now,
        calledAt: null,
        startedAt: null,
        finishedAt: null,
        callCount: 0,
        kioskId: kiosk?.id ?? null,
        issuedById: req.issuedBy?.userId ?? null,
        identityVerified: req.issuedBy?.identityVerified ?? null,
        printStatus: null,
        printError: null
      };
      const t = ticket;
      const [inserted] = await tx.$queryRaw<Array<{ id: number | bigint }>>`
        INSERT INTO "Ticket" ("officeId", "serviceId", "serviceDay", "number", "code", "language", "category", "categoryStatus", "needsAssistance", "status",
          "targetWindowId", "token", "idempotencyKey", "issuedAt", "arrivedAt", "callCount", "kioskId", "issuedById", "identityVerified")
        VALUES (${t.officeId}, ${t.serviceId}, ${t.serviceDay}, ${t.number}, ${t.code}, ${t.language}, ${t.category}, ${t.categoryStatus}, ${t.needsAssistance}, ${t.status},
          ${t.targetWindowId}, ${t.token}, ${t.idempotencyKey}, ${t.issuedAt}, ${t.arrivedAt}, ${t.callCount}, ${t.kioskId}, ${t.issuedById}, ${t.identityVerified})
        RETURNING "id"`;
      ticket.id = Number(inserted.id);
      if (req.audit)
        await audit(
          { db: tx, now: () => now },
          { id: req.audit.userId },
          office.id,
          req.audit.action,
          'Ticket',
          ticket.id,
          req.audit.detail
        );
      if (req.appointment) {
        // One ticket per appointment: a second check-in racing this one rolls back here.
        const bound = await tx.application.updateMany({
          where: { id: req.appointment.applicationId, ticketId: null, state: 'SCHEDULED' },
          data: { ticketId: ticket.id }
        });
        if (bound.count !== 1) throw new DomainError('conflict');
      }
      const event = await appendEvent(
        tx,
        {
          officeId: office.id,
          type: 'ticket.issued',
          at: now,
          ticketId: ticket.id,
          toStatus: 'WAITING',
          detail: { language: ticket.language, category, needsAssistance: ticket.needsAssistance },
          ticket: publicTicket(ticket)
        },
        office.timeZone
      );
      return { event, row: ticket };
    }, TX_OPTIONS));
  } catch (err) {
    // The key was used before (a retry), or two identical requests raced: this transaction
    // (and its number) rolled back; answer with the ticket the key already has.
    if (req.idempotencyKey && isUniqueViolation(err)) {
      const winner = await issuedBefore(ctx, office.id, req.idempotencyKey, now);
      if (winner) return winner;
    }
    throw err;
  }
  ctx.publish(event);
  return {
    ticket: await newTicketView(ctx, row, config, event, req.appointment != null),
    created: true,
    id: row.id,
    kioskId: kiosk?.id ?? null
  };
}

/** The ticket a request with this idempotency key already got, answered again (not created). */
async function issuedBefore(ctx: Ctx, officeId: number, idempotencyKey: string, now: Date) {
  const t = await ctx.db.ticket.findUnique({ where: { officeId_idempotencyKey: { officeId, idempotencyKey } } });
  return t ? { ticket: await ticketView(ctx.db, t.token, now), created: false, id: t.id, kioskId: t.kioskId } : null;
}

/**
 * A new ticket's view from the rows in hand. A regular ticket is the last of its service's line, so
 * everyone its event counted as waiting is ahead of it; an out-of-turn one is counted in SQL.
 * A check-in's appointment (time, room) is read with the ticket.
 */
async function newTicketView(
  ctx: Ctx,
  t: TicketRow,
  config: OfficeConfig,
  event: QueueEvent,
  appointment: boolean
): Promise<TicketView> {
  if (appointment) return ticketView(ctx.db, t.token, ctx.now());
  const service = config.services.get(t.serviceId)!;
  const ahead = isOutOfTurn(t)
    ? await countAhead(ctx.db, t, ctx.now(), rulesOf(config.office))
    : Math.max(0, (event.waiting[t.serviceId] ?? 1) - 1);
  return viewOf(t, config.office, service, {
    window: null,
    peopleAhead: ahead,
    waitMinutes: await waitMinutesFor(ctx.db, t, ahead, service.avgServiceMinutes),
    appointment: null
  });
}

import { randomBytes } from 'node:crypto';
import type { Db, Tx } from '../db/client';
import { TX_OPTIONS } from '../db/client';
import { surveyStateOf } from '../survey/survey';
import { isCategory, isOutOfTurn } from './rules/categories';
import { DomainError } from '../shared/errors';
import { isLanguage, type Language } from '../shared/language';
import { ticketCode } from './rules/numbering';
import { peopleAhead, STRICT_PRIORITY, type OrderingRules } from './rules/queue-order';
import { localDay } from '../shared/time';
import { averageServiceMinutes, estimateWaitMinutes } from './rules/wait';
import type { QueueEvent } from '../realtime/contract';
import type { Ctx } from '../shared/context';
import { appendEvent } from './events';
import { officeByCode, officeIssuing } from '../offices/offices';
import { publicTicket } from './views';

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
}

/** Everything a ticket shows: on screen, on paper (printing) and on the status page. */
export interface TicketView {
  token: string;
  code: string;
  language: Language;
  office: { code: string; nameKk: string; nameRu: string; timeZone: string };
  service: { id: number; nameKk: string; nameRu: string; prefix: string };
  category: string | null;
  categoryStatus: string | null;
  outOfTurn: boolean;
  needsAssistance: boolean;
  status: string;
  issuedAt: string;
  window: { number: number; kind: string } | null;
  peopleAhead: number;
  waitMinutes: number;
  /** A check-in ticket: when and where the visitor is expected (no one's name). */
  appointment?: { slotTime: string | null; room: { number: number; kind: string } | null } | null;
}

export function rulesOf(office: { priorityAgingMinutes: number | null }): OrderingRules {
  return office.priorityAgingMinutes ? { priorityAgingMinutes: office.priorityAgingMinutes } : STRICT_PRIORITY;
}

const newToken = () => randomBytes(16).toString('base64url');

/** The next running number for a prefix today; atomic on SQLite and PostgreSQL alike. */
async function nextNumber(tx: Tx, officeId: number, serviceDay: string, prefix: string): Promise<number> {
  const rows = await tx.$queryRaw<Array<{ value: number | bigint }>>`
    INSERT INTO "TicketCounter" ("officeId", "serviceDay", "prefix", "value")
    VALUES (${officeId}, ${serviceDay}, ${prefix}, 1)
    ON CONFLICT ("officeId", "serviceDay", "prefix") DO UPDATE SET "value" = "TicketCounter"."value" + 1
    RETURNING "value"`;
  return Number(rows[0].value);
}

export async function issueTicket(ctx: Ctx, req: IssueRequest): Promise<{ ticket: TicketView; created: boolean; id: number; kioskId: number | null }> {
  if (!isLanguage(req.language)) throw new DomainError('bad_language');
  const category = req.category ?? null;
  if (category !== null && !isCategory(category)) throw new DomainError('bad_category');
  const now = ctx.now();
  const office = await officeByCode(ctx.db, req.officeCode);

  if (req.idempotencyKey) {
    const existing = await ctx.db.ticket.findUnique({
      where: { officeId_idempotencyKey: { officeId: office.id, idempotencyKey: req.idempotencyKey } }
    });
    if (existing) return { ticket: await ticketView(ctx.db, existing.token, now), created: false, id: existing.id, kioskId: existing.kioskId };
  }

  const kiosk = req.kiosk ? await ctx.db.kiosk.findUnique({ where: { officeId_code: { officeId: office.id, code: req.kiosk } } }) : null;
  if (req.kiosk && !kiosk) throw new DomainError('unknown_kiosk');
  const service = await ctx.db.service.findFirst({ where: { id: req.serviceId, officeId: office.id } });
  if (!service) throw new DomainError('unknown_service');
  if (!service.active) throw new DomainError('service_inactive');
  const issuing = await officeIssuing(ctx.db, office, now);
  if (!issuing.open) throw new DomainError('office_closed', { opensAt: issuing.opensAt ?? '' });

  const serviceDay = localDay(now, office.timeZone);
  let event: QueueEvent;
  let token: string;
  let id: number;
  try {
    ({ event, token, id } = await ctx.db.$transaction(async (tx) => {
      const number = await nextNumber(tx, office.id, serviceDay, service.prefix);
      const ticket = await tx.ticket.create({
        data: {
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
          token: newToken(),
          idempotencyKey: req.idempotencyKey ?? null,
          kioskId: kiosk?.id ?? null,
          targetWindowId: req.appointment?.targetWindowId ?? null,
          issuedById: req.issuedBy?.userId ?? null,
          identityVerified: req.issuedBy?.identityVerified ?? null,
          issuedAt: now,
          arrivedAt: now
        }
      });
      if (req.appointment) {
        // One ticket per appointment: a second check-in racing this one rolls back here.
        const bound = await tx.application.updateMany({ where: { id: req.appointment.applicationId, ticketId: null, state: 'SCHEDULED' }, data: { ticketId: ticket.id } });
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
      return { event, token: ticket.token, id: ticket.id };
    }, TX_OPTIONS));
  } catch (err) {
    // Two identical requests raced past the check above: the loser's transaction
    // (and its number) rolled back; answer with the winner's ticket.
    if (req.idempotencyKey && (err as { code?: string }).code === 'P2002') {
      const winner = await ctx.db.ticket.findUnique({
        where: { officeId_idempotencyKey: { officeId: office.id, idempotencyKey: req.idempotencyKey } }
      });
      if (winner) return { ticket: await ticketView(ctx.db, winner.token, now), created: false, id: winner.id, kioskId: winner.kioskId };
    }
    throw err;
  }
  ctx.publish(event);
  return { ticket: await ticketView(ctx.db, token, now), created: true, id, kioskId: kiosk?.id ?? null };
}

/** Public view of one ticket by its token, with its live place in the queue. */
export async function ticketView(db: Db, token: string, now: Date): Promise<TicketView> {
  const t = await db.ticket.findUnique({ where: { token }, include: { office: true, service: true, window: true, application: { select: { slotTime: true, session: { select: { room: { select: { number: true, kind: true } } } } } } } });
  if (!t) throw new DomainError('unknown_ticket');
  let ahead = 0;
  let waitMinutes = 0;
  if (t.status === 'WAITING') {
    const waiting = await db.ticket.findMany({
      where: { officeId: t.officeId, serviceDay: t.serviceDay, serviceId: t.serviceId, status: 'WAITING' },
      select: { id: true, serviceId: true, category: true, categoryStatus: true, arrivedAt: true, number: true, targetWindowId: true }
    });
    ahead = peopleAhead(t, waiting, now, rulesOf(t.office));
    const [finished, openWindows] = await Promise.all([
      db.ticket.findMany({
        where: { officeId: t.officeId, serviceDay: t.serviceDay, serviceId: t.serviceId, status: 'DONE' },
        select: { calledAt: true, finishedAt: true },
        orderBy: { finishedAt: 'desc' },
        take: 20
      }),
      db.window.count({ where: { officeId: t.officeId, state: 'OPEN', services: { some: { serviceId: t.serviceId } } } })
    ]);
    waitMinutes = estimateWaitMinutes(ahead, averageServiceMinutes(finished, t.service.avgServiceMinutes), openWindows);
  }
  return {
    token: t.token,
    code: t.code,
    language: t.language as Language,
    office: { code: t.office.code, nameKk: t.office.nameKk, nameRu: t.office.nameRu, timeZone: t.office.timeZone },
    service: { id: t.service.id, nameKk: t.service.nameKk, nameRu: t.service.nameRu, prefix: t.service.prefix },
    category: t.category,
    categoryStatus: t.categoryStatus,
    outOfTurn: isOutOfTurn(t),
    needsAssistance: t.needsAssistance,
    status: t.status,
    issuedAt: t.issuedAt.toISOString(),
    window: t.window ? { number: t.window.number, kind: t.window.kind } : null,
    peopleAhead: ahead,
    waitMinutes,
    appointment: t.application ? { slotTime: t.application.slotTime, room: t.application.session?.room ?? null } : null
  };
}

/** How long the ticket's QR page answers after the ticket was issued. */
export const PUBLIC_TICKET_DAYS = 3;

/** What anyone holding the QR sees: "out of turn" but never which category, nor the need for help (health data). */
export type PublicTicketView = Omit<TicketView, 'category' | 'categoryStatus' | 'needsAssistance'> & {
  /** The satisfaction survey after the visit: open, already answered, or none. */
  survey: 'open' | 'done' | null;
};

/**
 * The ticket's public status page (/t/<token>): no category (DISABILITY, PREGNANT are health
 * data) and nothing at all some days after the visit — the QR on a lost ticket leads nowhere.
 */
export async function publicTicketView(db: Db, token: string, now: Date): Promise<PublicTicketView> {
  const view = await ticketView(db, token, now);
  if (now.getTime() - new Date(view.issuedAt).getTime() > PUBLIC_TICKET_DAYS * 86_400_000) throw new DomainError('unknown_ticket');
  const { category: _c, categoryStatus: _s, needsAssistance: _n, ...rest } = view;
  return { ...rest, survey: await surveyStateOf(db, view, now) };
}

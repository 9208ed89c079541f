import type { Db } from '../db/client';
import { DomainError } from '../shared/errors';
import type { Language } from '../shared/language';
import { surveyStateOf } from '../survey';
import { isOutOfTurn } from './rules/categories';
import { rulesOf } from './rules/queue-order';
import { averageServiceMinutes, estimateWaitMinutes } from './rules/wait';
import { countAhead } from './line';

// Everything a ticket shows is what its paper shows too: the type lives with printing, below the queue.
export type { TicketView } from '../printing';
import type { TicketView } from '../printing';

type TicketRow = NonNullable<Awaited<ReturnType<Db['ticket']['findUnique']>>>;

/** The view from rows already in hand (a new ticket is answered without reading it back). */
export function viewOf(
  t: TicketRow,
  office: { code: string; nameKk: string; nameRu: string; timeZone: string },
  service: { id: number; nameKk: string; nameRu: string; prefix: string },
  place: {
    window: { number: number; kind: string } | null;
    peopleAhead: number;
    waitMinutes: number;
    appointment: TicketView['appointment'];
  }
): TicketView {
  return {
    token: t.token,
    code: t.code,
    language: t.language as Language,
    office: { code: office.code, nameKk: office.nameKk, nameRu: office.nameRu, timeZone: office.timeZone },
    service: { id: service.id, nameKk: service.nameKk, nameRu: service.nameRu, prefix: service.prefix },
    category: t.category,
    categoryStatus: t.categoryStatus,
    outOfTurn: isOutOfTurn(t),
    needsAssistance: t.needsAssistance,
    status: t.status,
    issuedAt: t.issuedAt.toISOString(),
    window: place.window ? { number: place.window.number, kind: place.window.kind } : null,
    peopleAhead: place.peopleAhead,
    waitMinutes: place.waitMinutes,
    appointment: place.appointment
  };
}

/**
 * The estimate's inputs (today's service times, open windows) per office, service and day. They
 * move slowly and every ticket and status page of a busy hall asks for them, so they are read at
 * most every few seconds; the estimate is a rounded guess either way.
 */
const WAIT_INPUTS_FOR_MS = 5_000;
const waitInputsCache = new WeakMap<
  object,
  Map<string, { at: number; value: Promise<{ avg: number; openWindows: number }> }>
>();

export function waitMinutesFor(
  db: Db,
  t: { officeId: number; serviceDay: string; serviceId: number },
  ahead: number,
  defaultMinutes: number
): Promise<number> {
  if (ahead <= 0) return Promise.resolve(0);
  let byKey = waitInputsCache.get(db);
  if (!byKey) waitInputsCache.set(db, (byKey = new Map()));
  const key = `${t.officeId}/${t.serviceDay}/${t.serviceId}`;
  let entry = byKey.get(key);
  if (!entry || Date.now() - entry.at > WAIT_INPUTS_FOR_MS) {
    if (byKey.size > 1000) byKey.clear(); // old days
    entry = { at: Date.now(), value: readWaitInputs(db, t) };
    byKey.set(key, entry);
  }
  return entry.value.then(({ avg, openWindows }) => estimateWaitMinutes(ahead, avg || defaultMinutes, openWindows));
}

async function readWaitInputs(db: Db, t: { officeId: number; serviceDay: string; serviceId: number }) {
  const [finished, openWindows] = await Promise.all([
    db.ticket.findMany({
      where: { officeId: t.officeId, serviceDay: t.serviceDay, serviceId: t.serviceId, status: 'DONE' },
      select: { calledAt: true, finishedAt: true },
      orderBy: { finishedAt: 'desc' },
      take: 20
    }),
    db.window.count({ where: { officeId: t.officeId, state: 'OPEN', services: { some: { serviceId: t.serviceId } } } })
  ]);
  // 0: too few finished today to trust; the service's configured default applies.
  return { avg: averageServiceMinutes(finished, 0), openWindows };
}

/** Public view of one ticket by its token, with its live place in the queue. */
export async function ticketView(db: Db, token: string, now: Date): Promise<TicketView> {
  const t = await db.ticket.findUnique({
    where: { token },
    include: {
      office: true,
      service: true,
      window: true,
      application: {
        select: { slotTime: true, session: { select: { room: { select: { number: true, kind: true } } } } }
      }
    }
  });
  if (!t) throw new DomainError('unknown_ticket');
  const ahead = t.status === 'WAITING' ? await countAhead(db, t, now, rulesOf(t.office)) : 0;
  return viewOf(t, t.office, t.service, {
    window: t.window,
    peopleAhead: ahead,
    waitMinutes: t.status === 'WAITING' ? await waitMinutesFor(db, t, ahead, t.service.avgServiceMinutes) : 0,
    appointment: t.application ? { slotTime: t.application.slotTime, room: t.application.session?.room ?? null } : null
  });
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
  if (now.getTime() - new Date(view.issuedAt).getTime() > PUBLIC_TICKET_DAYS * 86_400_000)
    throw new DomainError('unknown_ticket');
  const { category: _c, categoryStatus: _s, needsAssistance: _n, ...rest } = view;
  return { ...rest, survey: await surveyStateOf(db, view, now) };
}

import type { Db, Tx } from '../db/client';
import { isOutOfTurn } from './rules/categories';
import { sortQueue, type OrderingRules, type QueuedTicket } from './rules/queue-order';

/**
 * The waiting line read in call order from the database, independent of the backlog: the console
 * and call-next read its head, a new ticket counts who is ahead. Same order as rules/queue-order
 * (which stays the definition; test/integration/line.test.ts compares the two).
 *
 * Why the head needs no full read: per service, the call order within each of three classes —
 * regular (no category), out of turn (a category not revoked), revoked — is arrival order (aging
 * lifts the earliest regulars first, so it keeps their order). The first k of the line are
 * therefore among the first k of each class, and each class's first k come straight from the
 * index (officeId, serviceDay, status, serviceId, category, arrivedAt).
 */

type TicketWhere = NonNullable<Parameters<Db['ticket']['findMany']>[0]>['where'];
type TicketOrder = NonNullable<Parameters<Db['ticket']['findMany']>[0]>['orderBy'];

const OUT_OF_TURN: TicketWhere = { category: { not: null }, OR: [{ categoryStatus: null }, { categoryStatus: { not: 'REVOKED' } }] };
const CLASSES: TicketWhere[] = [{ category: null }, OUT_OF_TURN, { category: { not: null }, categoryStatus: 'REVOKED' }];
const ORDER: TicketOrder = [{ arrivedAt: 'asc' }, { number: 'asc' }, { id: 'asc' }];

export interface LineScope {
  officeId: number;
  serviceDay: string;
  serviceIds: readonly number[];
  /** A window's line: tickets sent to another window are not in it. Null: every ticket of the services. */
  windowId: number | null;
}

function scopeWhere(s: LineScope, serviceId: number): TicketWhere {
  return {
    officeId: s.officeId,
    serviceDay: s.serviceDay,
    status: 'WAITING',
    serviceId,
    ...(s.windowId === null ? {} : { AND: [{ OR: [{ targetWindowId: null }, { targetWindowId: s.windowId }] }] })
  };
}

/** The first `limit` waiting tickets of the line in call order. */
export async function lineHead(db: Db | Tx, s: LineScope, now: Date, rules: OrderingRules, limit: number) {
  const parts = [];
  // One after another: a transaction's client runs its statements in turn anyway.
  for (const serviceId of s.serviceIds) {
    for (const cls of CLASSES) {
      parts.push(...(await db.ticket.findMany({ where: { AND: [scopeWhere(s, serviceId)!, cls!] }, orderBy: ORDER, take: limit })));
    }
  }
  return sortQueue(parts, now, rules).slice(0, limit);
}

/** How many wait in the line (an index-only count per service). */
export async function lineLength(db: Db | Tx, s: LineScope): Promise<number> {
  let n = 0;
  for (const serviceId of s.serviceIds) n += await db.ticket.count({ where: scopeWhere(s, serviceId) });
  return n;
}

/**
 * How many tickets of the same service would be called before this one: rules/queue-order's
 * peopleAhead as one count. Everyone ranking out of turn before it, and for a regular ticket
 * also the regulars who came earlier.
 */
export async function countAhead(db: Db | Tx, t: QueuedTicket & { officeId: number; serviceDay: string }, now: Date, rules: OrderingRules): Promise<number> {
  const earlier: TicketWhere = {
    OR: [
      { arrivedAt: { lt: t.arrivedAt } },
      { arrivedAt: t.arrivedAt, number: { lt: t.number } },
      { arrivedAt: t.arrivedAt, number: t.number, id: { lt: t.id } }
    ]
  };
  const aged = rules.priorityAgingMinutes === null ? null : { arrivedAt: { lte: new Date(now.getTime() - rules.priorityAgingMinutes * 60_000) } };
  const ranksFirst: TicketWhere = aged ? { OR: [OUT_OF_TURN!, aged] } : OUT_OF_TURN;
  const self = rules.priorityAgingMinutes !== null && now.getTime() - t.arrivedAt.getTime() >= rules.priorityAgingMinutes * 60_000;
  const where: TicketWhere = { officeId: t.officeId, serviceDay: t.serviceDay, serviceId: t.serviceId, status: 'WAITING', id: { not: t.id } };
  if (isOutOfTurn(t) || self) return db.ticket.count({ where: { ...where, AND: [ranksFirst!, earlier!] } });
  // A regular ticket not lifted by aging: every one ranking first, and the regulars before it.
  return db.ticket.count({ where: { ...where, OR: [ranksFirst!, earlier!] } });
}

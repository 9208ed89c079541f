import { join, sql, type Db, type Sql, type Tx } from '../db/client';
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

const OUT_OF_TURN: TicketWhere = {
  category: { not: null },
  OR: [{ categoryStatus: null }, { categoryStatus: { not: 'REVOKED' } }]
};

export interface LineScope {
  officeId: number;
  serviceDay: string;
  serviceIds: readonly number[];
  /** A window's line: tickets sent to another window are not in it. Null: every ticket of the services. */
  windowId: number | null;
}

/** What ordering needs, and what the console shows of each waiting ticket, as the line's query returns it. */
export type LineTicket = QueuedTicket & {
  code: string;
  language: string;
  status: string;
  needsAssistance: boolean;
  calledAt: Date | null;
  startedAt: Date | null;
  callCount: number;
  printStatus: string | null;
};

const CLASS: Record<0 | 1 | 2, Sql> = {
  0: sql`"category" IS NULL`,
  1: sql`"category" IS NOT NULL AND ("categoryStatus" IS NULL OR "categoryStatus" <> 'REVOKED')`,
  2: sql`"category" IS NOT NULL AND "categoryStatus" = 'REVOKED'`
};

/** A window's line leaves out tickets sent to another window; the whole line (null) does not. */
function forWindow(s: LineScope): Sql {
  return s.windowId === null ? sql`1 = 1` : sql`("targetWindowId" IS NULL OR "targetWindowId" = ${s.windowId})`;
}

/**
 * The first `limit` of one class of one service, by arrival: an index seek on `category` that
 * comes out in arrival order (classes OR-ed would not be).
 */
function classHead(s: LineScope, serviceId: number, cls: 0 | 1 | 2, limit: number): Sql {
  return sql`SELECT * FROM (SELECT "id", "serviceId", "category", "categoryStatus", "arrivedAt", "number", "targetWindowId",
      "code", "language", "status", "needsAssistance", "calledAt", "startedAt", "callCount", "printStatus" FROM "Ticket"
    WHERE "officeId" = ${s.officeId} AND "serviceDay" = ${s.serviceDay} AND "status" = 'WAITING' AND "serviceId" = ${serviceId}
      AND ${CLASS[cls]} AND ${forWindow(s)}
    ORDER BY "arrivedAt", "number", "id" LIMIT ${limit}) AS "head"`;
}

/**
 * The first `limit` waiting tickets of the line in call order, with what the console shows. Plain SQL (the
 * same on SQLite and PostgreSQL), every class of every service in one statement: the query builder
 * spent ten times the database's own time on these small reads, and each statement costs a round
 * through the driver — call-next and the console read the line on every call.
 */
export async function lineHead(
  db: Db | Tx,
  s: LineScope,
  now: Date,
  rules: OrderingRules,
  limit: number
): Promise<LineTicket[]> {
  if (s.serviceIds.length === 0) return [];
  const heads = s.serviceIds.flatMap((id) => ([0, 1, 2] as const).map((cls) => classHead(s, id, cls, limit)));
  const parts = await db.$queryRaw<LineTicket[]>(join(heads, ' UNION ALL ', ''));
  return sortQueue(parts, now, rules).slice(0, limit);
}

/** How many wait in the line: counted from the index alone (it ends in targetWindowId). */
export async function lineLength(db: Db | Tx, s: LineScope): Promise<number> {
  if (s.serviceIds.length === 0) return 0;
  const [row] = await db.$queryRaw<Array<{ n: bigint | number }>>`SELECT COUNT(*) AS "n" FROM "Ticket"
    WHERE "officeId" = ${s.officeId} AND "serviceDay" = ${s.serviceDay} AND "status" = 'WAITING'
      AND "serviceId" IN (${join(s.serviceIds)}) AND ${forWindow(s)}`;
  return Number(row.n);
}

/**
 * How many tickets of the same service would be called before this one: rules/queue-order's
 * peopleAhead as one count. Everyone ranking out of turn before it, and for a regular ticket
 * also the regulars who came earlier.
 */
export async function countAhead(
  db: Db | Tx,
  t: QueuedTicket & { officeId: number; serviceDay: string },
  now: Date,
  rules: OrderingRules
): Promise<number> {
  const earlier: TicketWhere = {
    OR: [
      { arrivedAt: { lt: t.arrivedAt } },
      { arrivedAt: t.arrivedAt, number: { lt: t.number } },
      { arrivedAt: t.arrivedAt, number: t.number, id: { lt: t.id } }
    ]
  };
  const aged =
    rules.priorityAgingMinutes === null
      ? null
      : { arrivedAt: { lte: new Date(now.getTime() - rules.priorityAgingMinutes * 60_000) } };
  const ranksFirst: TicketWhere = aged ? { OR: [OUT_OF_TURN!, aged] } : OUT_OF_TURN;
  const self =
    rules.priorityAgingMinutes !== null && now.getTime() - t.arrivedAt.getTime() >= rules.priorityAgingMinutes * 60_000;
  const where: TicketWhere = {
    officeId: t.officeId,
    serviceDay: t.serviceDay,
    serviceId: t.serviceId,
    status: 'WAITING',
    id: { not: t.id }
  };
  if (isOutOfTurn(t) || self) return db.ticket.count({ where: { ...where, AND: [ranksFirst!, earlier!] } });
  // A regular ticket not lifted by aging: every one ranking first, and the regulars before it.
  return db.ticket.count({ where: { ...where, OR: [ranksFirst!, earlier!] } });
}

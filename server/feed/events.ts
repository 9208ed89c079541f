import type { Tx } from '../db/client';
import type { PublicHelp, PublicTicket, PublicWindow, QueueEvent, QueueEventType } from '../realtime/contract';
import { localDay } from '../shared/time';

export interface EventInput {
  officeId: number;
  type: QueueEventType;
  at: Date;
  ticketId?: number | null;
  windowId?: number | null;
  userId?: number | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  detail?: Record<string, unknown>;
  ticket?: PublicTicket | null;
  window?: PublicWindow | null;
  help?: PublicHelp | null;
}

/** Waiting tickets of the office's current day, per service (counted from the line's index). */
export async function waitingCounts(tx: Tx, officeId: number, serviceDay: string): Promise<Record<number, number>> {
  const groups = await tx.$queryRaw<Array<{ serviceId: number; n: bigint | number }>>`
    SELECT "serviceId", COUNT(*) AS "n" FROM "Ticket" WHERE "officeId" = ${officeId} AND "serviceDay" = ${serviceDay} AND "status" = 'WAITING' GROUP BY "serviceId"`;
  return Object.fromEntries(groups.map((g) => [Number(g.serviceId), Number(g.n)]));
}

/**
 * Appends to the event record and takes the office's next sequence number in the
 * same transaction as the change itself, so the record, the sequence and the
 * state never disagree. Returns the event to publish once the transaction commits.
 * Plain SQL: every ticket and call passes here, and the query builder cost more than the writes.
 */
export async function appendEvent(tx: Tx, e: EventInput, timeZone: string): Promise<QueueEvent> {
  const [row] = await tx.$queryRaw<Array<{ eventSeq: bigint | number }>>`
    UPDATE "Office" SET "eventSeq" = "eventSeq" + 1 WHERE "id" = ${e.officeId} RETURNING "eventSeq"`;
  const seq = Number(row.eventSeq);
  await tx.$executeRaw`
    INSERT INTO "TicketEvent" ("officeId", "seq", "type", "ticketId", "windowId", "userId", "fromStatus", "toStatus", "detail", "at")
    VALUES (${e.officeId}, ${seq}, ${e.type}, ${e.ticketId ?? null}, ${e.windowId ?? null}, ${e.userId ?? null}, ${e.fromStatus ?? null}, ${e.toStatus ?? null}, ${e.detail ? JSON.stringify(e.detail) : null}, ${e.at})`;
  return {
    officeId: e.officeId,
    seq,
    type: e.type,
    at: e.at.toISOString(),
    ticket: e.ticket ?? null,
    window: e.window ?? null,
    ...(e.help ? { help: e.help } : {}),
    waiting: await waitingCounts(tx, e.officeId, localDay(e.at, timeZone))
  };
}

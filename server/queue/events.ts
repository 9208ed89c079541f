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

/** Waiting tickets of the office's current day, per service. */
export async function waitingCounts(tx: Tx, officeId: number, serviceDay: string): Promise<Record<number, number>> {
  const groups = await tx.ticket.groupBy({
    by: ['serviceId'],
    where: { officeId, serviceDay, status: 'WAITING' },
    _count: { _all: true }
  });
  return Object.fromEntries(groups.map((g) => [g.serviceId, g._count._all]));
}

/**
 * Appends to the event record and takes the office's next sequence number in the
 * same transaction as the change itself, so the record, the sequence and the
 * state never disagree. Returns the event to publish once the transaction commits.
 */
export async function appendEvent(tx: Tx, e: EventInput, timeZone: string): Promise<QueueEvent> {
  const { eventSeq: seq } = await tx.office.update({
    where: { id: e.officeId },
    data: { eventSeq: { increment: 1 } },
    select: { eventSeq: true }
  });
  await tx.ticketEvent.create({
    data: {
      officeId: e.officeId,
      seq,
      type: e.type,
      ticketId: e.ticketId ?? null,
      windowId: e.windowId ?? null,
      userId: e.userId ?? null,
      fromStatus: e.fromStatus ?? null,
      toStatus: e.toStatus ?? null,
      detail: e.detail ? JSON.stringify(e.detail) : null,
      at: e.at
    }
  });
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

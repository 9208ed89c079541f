import type { Db } from '../db/client';
import { TX_OPTIONS } from '../db/client';
import { localDay } from '../shared/time';
import type { BoardSnapshot } from '../realtime/contract';
import { waitingCounts } from '../feed';
import { officeByCode } from '../offices';
import { todaysSessions } from '../reception';
import { publicTicket } from '../queue';

const RECENT_CALLS = 10;

/**
 * Everything a board shows, with the sequence number it corresponds to. Read in
 * one transaction so state and sequence agree.
 */
export async function boardSnapshot(db: Db, officeCode: string, now: Date): Promise<BoardSnapshot> {
  const snapshot = await db.$transaction(async (tx) => {
    const office = await officeByCode(tx, officeCode);
    const serviceDay = localDay(now, office.timeZone);
    const [services, current, recent, waiting] = await Promise.all([
      tx.service.findMany({
        where: { officeId: office.id, active: true },
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }]
      }),
      tx.ticket.findMany({
        where: { officeId: office.id, serviceDay, status: { in: ['CALLED', 'SERVING'] } },
        include: { window: true },
        orderBy: { calledAt: 'desc' }
      }),
      tx.ticket.findMany({
        where: { officeId: office.id, serviceDay, calledAt: { not: null }, windowId: { not: null } },
        include: { window: true },
        orderBy: { calledAt: 'desc' },
        take: RECENT_CALLS
      }),
      waitingCounts(tx, office.id, serviceDay)
    ]);
    return {
      office: {
        id: office.id,
        code: office.code,
        nameKk: office.nameKk,
        nameRu: office.nameRu,
        timeZone: office.timeZone
      },
      seq: office.eventSeq,
      at: now.toISOString(),
      services: services.map((s) => ({ id: s.id, nameKk: s.nameKk, nameRu: s.nameRu, prefix: s.prefix })),
      current: current.map(publicTicket),
      recent: recent.map(publicTicket),
      waiting
    };
  }, TX_OPTIONS);
  return { ...snapshot, reception: await todaysSessions(db, snapshot.office, now) };
}

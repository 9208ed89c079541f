import type { Db } from '../db/client';
import { SURVEY_DAYS } from '../survey/rules';
import { COUNTS, type PreparedRow } from './rules/rollup';
import { unpack, weekdayOf, type DayRows, type StoredRows } from './packed';
import { SERVING_EVENTS } from './rollup';

/** The rolled-up days of [from, to]: one row each, by the office's key on days. */
export async function storedRows(db: Db, officeId: number, from: string, to: string): Promise<StoredRows> {
  const rows = await db.hallRollup.findMany({
    where: { officeId, day: { gte: from, lte: to } },
    select: { day: true, at: true, data: true }
  });
  const out: StoredRows = { days: [], hours: [], windows: [], help: [], rolledAt: new Map() };
  for (const r of rows) {
    unpack(r.day, r.data, out);
    out.rolledAt.set(r.day, r.at);
  }
  return out;
}

/**
 * Ratings given after their day was rolled up (the ticket's page asks for one for SURVEY_DAYS after
 * the visit), as rows of one rating each: added to the stored rows, the figures are as if the day
 * were rolled up now. Only the last few days' ratings can be late, so this reads a handful of rows.
 */
export async function lateRatings(
  db: Db,
  officeId: number,
  stored: Pick<StoredRows, 'rolledAt'>,
  now: Date
): Promise<DayRows['days']> {
  // The last days' ratings by the (office, time) index; their tickets' days are checked here, not in
  // SQL, where a filter on the ticket would walk the period's tickets.
  const late = await db.surveyResponse.findMany({
    where: { officeId, channel: 'TICKET', at: { gte: new Date(now.getTime() - (SURVEY_DAYS + 3) * 86_400_000) } },
    select: {
      rating: true,
      at: true,
      ticket: { select: { id: true, serviceId: true, serviceDay: true, windowId: true } }
    }
  });
  // Of the period's rolled-up days (the rows just read), those rated after their roll-up.
  const after = late.filter((r) => {
    const rolled = r.ticket ? stored.rolledAt.get(r.ticket.serviceDay) : undefined;
    return rolled !== undefined && r.at >= rolled;
  });
  if (after.length === 0) return [];
  // Who served it last, as visitsOfDay attributes a visit.
  const events = await db.ticketEvent.findMany({
    where: { ticketId: { in: after.map((r) => r.ticket!.id) }, type: { in: SERVING_EVENTS }, userId: { not: null } },
    select: { ticketId: true, userId: true },
    orderBy: { seq: 'asc' }
  });
  const servedBy = new Map(events.map((e) => [e.ticketId!, e.userId!]));
  return after.map((r) => {
    const t = r.ticket!;
    const row = Object.fromEntries(COUNTS.map((k) => [k, 0])) as unknown as PreparedRow;
    row[`r${r.rating}` as 'r1'] = 1;
    return {
      ...row,
      waits: [],
      waitsOutOfTurn: [],
      serviceTimes: [],
      day: t.serviceDay,
      weekday: weekdayOf(t.serviceDay),
      serviceId: t.serviceId,
      windowId: t.windowId ?? 0,
      userId: servedBy.get(t.id) ?? 0
    };
  });
}

import type { Db } from '../db/client';
import { SURVEY_DAYS } from '../survey/rules';
import { COUNTS, type PreparedRow } from './rules/rollup';
import type { Pairs } from './rules/summary';
import { weekdayOf, type DayRows } from './rollup';

/** The rolled-up rows of [from, to]: a few a day, read by the office's index on days. */
export async function storedRows(db: Db, officeId: number, from: string, to: string): Promise<DayRows> {
  // Each row comes as one JSON array built by the database: a year is some twenty thousand rows,
  // and Prisma's mapping of eighteen columns a row cost four times the read (bench/stats.ts).
  const [days, hours, windows] = await Promise.all([
    db.$queryRaw<Array<{ r: string }>>`
      SELECT '["' || "day" || '",' || "weekday" || ',' || "serviceId" || ',' || "windowId" || ',' || "userId"
        || ',' || "issuedKiosk" || ',' || "issuedDesk" || ',' || "issuedCheckIn" || ',' || "served"
        || ',' || "noShow" || ',' || "transferred" || ',' || "unserved" || ',' || "outOfTurn" || ',' || "kk"
        || ',' || "ru" || ',' || "r1" || ',' || "r2" || ',' || "r3" || ',' || "r4" || ',' || "r5"
        || ',' || "waits" || ',' || "waitsOutOfTurn" || ',' || "serviceTimes" || ']' AS "r"
      FROM "HallDay" WHERE "officeId" = ${officeId} AND "day" >= ${from} AND "day" <= ${to}`,
    db.$queryRaw<Array<{ r: string }>>`
      SELECT '["' || "day" || '",' || "weekday" || ',' || "hour" || ',' || "serviceId" || ',' || "arrivals"
        || ',' || "waits" || ']' AS "r"
      FROM "HallHour" WHERE "officeId" = ${officeId} AND "day" >= ${from} AND "day" <= ${to}`,
    // A row a window a day: few enough for Prisma's own mapping.
    db.hallWindowDay.findMany({
      where: { officeId, day: { gte: from, lte: to } },
      select: { day: true, weekday: true, windowId: true, userId: true, openMinutes: true, pauses: true }
    })
  ]);
  return {
    days: days.map(({ r }) => {
      const [day, weekday, serviceId, windowId, userId, ...rest] = JSON.parse(r) as [string, ...number[]];
      const [issuedKiosk, issuedDesk, issuedCheckIn, served, noShow, transferred, unserved, outOfTurn, kk, ru] =
        rest as number[];
      const [r1, r2, r3, r4, r5] = rest.slice(10, 15) as number[];
      const [waits, waitsOutOfTurn, serviceTimes] = rest.slice(15) as unknown as Pairs[];
      return {
        day,
        weekday: weekday as number,
        serviceId: serviceId as number,
        windowId: windowId as number,
        userId: userId as number,
        issuedKiosk,
        issuedDesk,
        issuedCheckIn,
        served,
        noShow,
        transferred,
        unserved,
        outOfTurn,
        kk,
        ru,
        r1,
        r2,
        r3,
        r4,
        r5,
        waits,
        waitsOutOfTurn,
        serviceTimes
      };
    }),
    hours: hours.map(({ r }) => {
      const [day, weekday, hour, serviceId, arrivals, waits] = JSON.parse(r) as [
        string,
        number,
        number,
        number,
        number,
        Pairs
      ];
      return { day, weekday, hour, serviceId, arrivals, waits };
    }),
    windows: windows.map((w) => ({ ...w, pauses: JSON.parse(w.pauses) as Record<string, Pairs> }))
  };
}

/**
 * Ratings given after their day was rolled up (the ticket's page asks for one for SURVEY_DAYS after
 * the visit), as rows of one rating each: added to the stored rows, the figures are as if the day
 * were rolled up now. Only the last few days' ratings can be late, so this reads a handful of rows.
 */
export async function lateRatings(
  db: Db,
  officeId: number,
  from: string,
  to: string,
  now: Date
): Promise<DayRows['days']> {
  const late = await db.surveyResponse.findMany({
    where: {
      officeId,
      channel: 'TICKET',
      at: { gte: new Date(now.getTime() - (SURVEY_DAYS + 3) * 86_400_000) },
      ticket: { serviceDay: { gte: from, lte: to } }
    },
    select: {
      rating: true,
      at: true,
      ticket: { select: { id: true, serviceId: true, serviceDay: true, windowId: true } }
    }
  });
  if (late.length === 0) return [];
  const rolledAt = new Map(
    (
      await db.hallRollup.findMany({
        where: { officeId, day: { in: [...new Set(late.map((r) => r.ticket!.serviceDay))] } },
        select: { day: true, at: true }
      })
    ).map((r) => [r.day, r.at])
  );
  const after = late.filter((r) => {
    const rolled = rolledAt.get(r.ticket!.serviceDay);
    return rolled !== undefined && r.at >= rolled;
  });
  if (after.length === 0) return [];
  // Who served it last, as visitsOfDay attributes a visit.
  const events = await db.ticketEvent.findMany({
    where: { ticketId: { in: after.map((r) => r.ticket!.id) }, userId: { not: null } },
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

import { Temporal } from 'temporal-polyfill';
import type { Db } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import { localDay } from '../shared/time';
import type { Visit } from './rules/hall';
import { prepare, rollUp, type AttributedVisit } from './rules/rollup';
import { toPairs } from './rules/summary';
import { helpOfDay, windowsOfDay, type OfficeHours } from './window-events';
import { pack, weekdayOf, type DayRows } from './packed';

/**
 * The hall's daily roll-ups (issue 23), kept in step with the tickets: a day is rolled up once it
 * is over and none of its tickets is open any more (a ticket taken at 23:50 may still be called
 * after midnight), or at the latest the day after next; until then its rows are computed from its
 * tickets when asked. Either way the rows come from `rollUp`, so the two cannot disagree.
 */

/** The events that say who worked a ticket: its last with a person is who served it. */
export const SERVING_EVENTS = [
  'ticket.called',
  'ticket.transferred',
  'ticket.started',
  'ticket.finished',
  'ticket.no_show'
];
const OPEN = ['WAITING', 'CALLED', 'SERVING'];

/** One office day's visits: each ticket with its first call, transfers, and who served it last. */
export async function visitsOfDay(db: Db, officeId: number, day: string): Promise<AttributedVisit[]> {
  const [tickets, events] = await Promise.all([
    db.ticket.findMany({
      where: { officeId, serviceDay: day },
      select: {
        id: true,
        serviceId: true,
        language: true,
        category: true,
        categoryStatus: true,
        issuedById: true,
        arrivedAt: true,
        calledAt: true,
        startedAt: true,
        finishedAt: true,
        status: true,
        windowId: true,
        application: { select: { id: true } },
        survey: { select: { rating: true } }
      }
    }),
    db.ticketEvent.findMany({
      where: { officeId, type: { in: SERVING_EVENTS }, ticket: { serviceDay: day } },
      select: { ticketId: true, type: true, at: true, userId: true },
      orderBy: { seq: 'asc' }
    })
  ]);
  const byTicket = new Map<number, typeof events>();
  for (const e of events) {
    const list = byTicket.get(e.ticketId!);
    if (list) list.push(e);
    else byTicket.set(e.ticketId!, [e]);
  }
  return tickets.map((t) => {
    const evs = byTicket.get(t.id) ?? [];
    const status = t.status as Visit['status'];
    const reached = status !== 'WAITING';
    return {
      serviceDay: day,
      serviceId: t.serviceId,
      channel: t.application ? 'check_in' : t.issuedById ? 'desk' : 'kiosk',
      language: t.language === 'ru' ? 'ru' : 'kk',
      outOfTurn: t.category !== null && t.categoryStatus !== 'REVOKED',
      arrivedAt: t.arrivedAt,
      firstCalledAt: evs.find((e) => e.type === 'ticket.called')?.at ?? null,
      calledAt: t.calledAt,
      startedAt: t.startedAt,
      finishedAt: t.finishedAt,
      status,
      transferred: evs.some((e) => e.type === 'ticket.transferred'),
      rating: t.survey?.rating ?? null,
      windowId: reached ? (t.windowId ?? 0) : 0,
      userId: reached ? (evs.findLast((e) => e.userId !== null)?.userId ?? 0) : 0
    };
  });
}

/** Days of [from, to] already rolled up for the office. */
async function rolledDays(db: Db, officeId: number, from: string, to: string): Promise<Set<string>> {
  const rows = await db.hallRollup.findMany({
    where: { officeId, day: { gte: from, lte: to } },
    select: { day: true }
  });
  return new Set(rows.map((r) => r.day));
}

/** A day may be rolled up once it is over and nothing of it is open, or from the day after next. */
async function closed(db: Db, officeId: number, day: string, today: string): Promise<boolean> {
  if (day >= today) return false;
  if (day < Temporal.PlainDate.from(today).subtract({ days: 1 }).toString()) return true;
  return (await db.ticket.count({ where: { officeId, serviceDay: day, status: { in: OPEN } } })) === 0;
}

/** Rolls up one closed day; another process rolling it at the same moment is no error. */
async function store(db: Db, officeId: number, day: string, rows: DayRows, now: Date): Promise<void> {
  try {
    await db.hallRollup.create({ data: { officeId, day, at: now, data: pack(rows) } });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
}

async function computeDay(db: Db, office: OfficeHours, day: string, now: Date, tickets: boolean): Promise<DayRows> {
  const [visits, windows, help] = await Promise.all([
    tickets ? visitsOfDay(db, office.id, day) : [],
    windowsOfDay(db, office, day, now),
    helpOfDay(db, office, day)
  ]);
  const { days, hours } = rollUp(visits, office.timeZone);
  const weekday = weekdayOf(day);
  return {
    help: [{ day, ...help }],
    windows: windows.map((w) => ({
      day,
      weekday,
      windowId: w.windowId,
      userId: w.userId,
      openMinutes: w.openMinutes,
      pauses: Object.fromEntries(Object.entries(w.pauses).map(([k, h]) => [k, toPairs(h)]))
    })),
    days: days.map((r) => ({
      ...prepare(r),
      serviceId: r.serviceId,
      windowId: r.windowId,
      userId: r.userId,
      day,
      weekday
    })),
    hours: hours.map((r) => ({ ...r, day, weekday, waits: toPairs(r.waits) }))
  };
}

/** Rolls up the closed days of [from, to] not yet rolled; returns the rows of the days still open. */
export async function rollUpPeriod(
  db: Db,
  office: { id: number; timeZone: string },
  from: string,
  to: string,
  now: Date
): Promise<DayRows> {
  const today = localDay(now, office.timeZone);
  const rolled = await rolledDays(db, office.id, from, to);
  const open: DayRows = { days: [], hours: [], windows: [], help: [] };
  const candidates: string[] = [];
  const last = to < today ? to : today;
  for (let d = Temporal.PlainDate.from(from); d.toString() <= last; d = d.add({ days: 1 }))
    if (!rolled.has(d.toString())) candidates.push(d.toString());
  if (candidates.length === 0) return open;
  // Of the days not rolled yet, those that had tickets (a seek per day on the tickets' index).
  const withTickets = new Set(
    (
      await db.ticket.groupBy({ by: ['serviceDay'], where: { officeId: office.id, serviceDay: { in: candidates } } })
    ).map((g) => g.serviceDay)
  );
  const hours = await db.office.findUniqueOrThrow({
    where: { id: office.id },
    select: { id: true, timeZone: true, opensAt: true, closesAt: true, pausePresets: true }
  });
  for (const day of candidates) {
    const rows = await computeDay(db, hours, day, now, withTickets.has(day));
    // A closed day without tickets is rolled up empty, so it is not looked at again.
    if (await closed(db, office.id, day, today)) await store(db, office.id, day, rows, now);
    else {
      open.days.push(...rows.days);
      open.hours.push(...rows.hours);
      open.windows.push(...rows.windows);
      open.help.push(...rows.help);
    }
  }
  return open;
}

/**
 * Rolls up every office's closed days of the last week, so the first view of a morning does not
 * pay for yesterday (run hourly by the app's background work; several processes may run it: a day
 * is stored once). Returns how many office days it rolled.
 */
export async function rollUpClosedDays(db: Db, now: Date, days = 7): Promise<number> {
  let rolled = 0;
  for (const office of await db.office.findMany({ select: { id: true, timeZone: true } })) {
    const today = Temporal.PlainDate.from(localDay(now, office.timeZone));
    const from = today.subtract({ days }).toString();
    const to = today.subtract({ days: 1 }).toString();
    const before = await db.hallRollup.count({ where: { officeId: office.id, day: { gte: from, lte: to } } });
    await rollUpPeriod(db, office, from, to, now);
    rolled += (await db.hallRollup.count({ where: { officeId: office.id, day: { gte: from, lte: to } } })) - before;
  }
  return rolled;
}

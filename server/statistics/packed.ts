import { Temporal } from 'temporal-polyfill';
import { COUNTS, type HourRow, type PreparedRow } from './rules/rollup';
import type { Pairs } from './rules/summary';

/**
 * A closed day's figures as they are stored: one JSON text per office day (HallRollup.data), so a
 * year is a few hundred rows. Row-per-group tables made a year twenty thousand rows, and a driver's
 * cost per row (PostgreSQL's most of all) outweighed the figures' own arithmetic (bench/stats.ts).
 * Arrays rather than objects: the names are not repeated a hundred times a day.
 */
export interface DayRows {
  days: Array<PreparedRow & { day: string; weekday: number; serviceId: number; windowId: number; userId: number }>;
  hours: Array<Omit<HourRow, 'waits'> & { day: string; weekday: number; waits: Pairs }>;
  windows: Array<{
    day: string;
    weekday: number;
    windowId: number;
    userId: number;
    openMinutes: number;
    pauses: Record<string, Pairs>;
  }>;
  /** Calls for help by day: how many, answered, whole seconds until answered. */
  help: Array<{ day: string; requests: number; answered: number; seconds: Pairs }>;
}

/** Stored days as read back, with when each was rolled up (a rating given later is added to it). */
export interface StoredRows extends DayRows {
  rolledAt: Map<string, Date>;
}

export const weekdayOf = (day: string) => Temporal.PlainDate.from(day).dayOfWeek;

interface Packed {
  /** [serviceId, windowId, userId, …COUNTS, waits, waitsOutOfTurn, serviceTimes] */
  d: Array<Array<number | Pairs>>;
  /** [hour, serviceId, arrivals, waits] */
  h: Array<[number, number, number, Pairs]>;
  /** [windowId, userId, openMinutes, pauses] */
  w: Array<[number, number, number, Record<string, Pairs>]>;
  /** [requests, answered, seconds] */
  help: [number, number, Pairs];
}

/** One day's rows (all of the same day) as stored. */
export function pack(rows: DayRows): string {
  const help = rows.help[0];
  const packed: Packed = {
    d: rows.days.map((r) => [
      r.serviceId,
      r.windowId,
      r.userId,
      ...COUNTS.map((k) => r[k]),
      r.waits,
      r.waitsOutOfTurn,
      r.serviceTimes
    ]),
    h: rows.hours.map((r) => [r.hour, r.serviceId, r.arrivals, r.waits]),
    w: rows.windows.map((r) => [r.windowId, r.userId, r.openMinutes, r.pauses]),
    help: [help?.requests ?? 0, help?.answered ?? 0, help?.seconds ?? []]
  };
  return JSON.stringify(packed);
}

/** Stored days added to `into` (one array each, however many days: a year is read in one pass). */
export function unpack(day: string, data: string, into: DayRows): void {
  const p = JSON.parse(data) as Partial<Packed>;
  const weekday = weekdayOf(day);
  const n = COUNTS.length;
  for (const a of p.d ?? []) {
    const row = { day, weekday, serviceId: a[0], windowId: a[1], userId: a[2] } as DayRows['days'][number];
    for (let i = 0; i < n; i++) (row as unknown as Record<string, number>)[COUNTS[i]] = a[3 + i] as number;
    row.waits = a[3 + n] as Pairs;
    row.waitsOutOfTurn = a[4 + n] as Pairs;
    row.serviceTimes = a[5 + n] as Pairs;
    into.days.push(row);
  }
  for (const [hour, serviceId, arrivals, waits] of p.h ?? [])
    into.hours.push({ day, weekday, hour, serviceId, arrivals, waits });
  for (const [windowId, userId, openMinutes, pauses] of p.w ?? [])
    into.windows.push({ day, weekday, windowId, userId, openMinutes, pauses });
  if (p.help) into.help.push({ day, requests: p.help[0], answered: p.help[1], seconds: p.help[2] });
}

import { Temporal } from 'temporal-polyfill';
import { summarize, type Summary } from './summary';

/**
 * The hall's figures for a period, defined on one record per ticket (a visit). The period is a range
 * of the office's days: a ticket belongs to the day it was issued on in the office's zone
 * (`serviceDay`), so one called after midnight still counts on the day it was taken, and no UTC
 * boundary splits an office's day.
 */
export interface Visit {
  serviceDay: string;
  serviceId: number;
  /** Where it was taken: a kiosk, the registrar's desk, or a check-in for an appointment. */
  channel: 'kiosk' | 'desk' | 'check_in';
  language: 'kk' | 'ru';
  outOfTurn: boolean;
  /** Its place in the line (a transfer keeps it). */
  arrivedAt: Date;
  /** The first call of the ticket; a recall or a call after a transfer does not move it. */
  firstCalledAt: Date | null;
  /** The last call, at the window that served it: after a transfer or a recall the visitor comes then. */
  calledAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  status: 'WAITING' | 'CALLED' | 'SERVING' | 'DONE' | 'NO_SHOW';
  /** Sent to another service or window at least once: one transferred visit, however many times. */
  transferred: boolean;
  /** The visitor's rating of the visit (1–5) from the ticket's page, if given. */
  rating: number | null;
}

/** Ratings 1–5: how many gave each, and their mean to one decimal. */
export interface Satisfaction {
  n: number;
  average: number | null;
  /** counts[r - 1]: visits rated r. */
  counts: number[];
}

export function satisfactionOf(counts: readonly number[]): Satisfaction {
  const n = counts.reduce((a, c) => a + c, 0);
  const sum = counts.reduce((a, c, i) => a + c * (i + 1), 0);
  return { n, average: n ? Math.round((sum / n) * 10) / 10 : null, counts: [...counts] };
}

export interface HallFigures {
  issued: { total: number; kiosk: number; desk: number; check_in: number };
  served: number;
  noShow: number;
  transferred: number;
  /** Not finished when its day ended: still waiting, called or being served. */
  unserved: number;
  outOfTurn: number;
  languages: { kk: number; ru: number };
  /** Whole minutes from arrival to the first call, of every visit called. */
  wait: Summary;
  /** Of the out-of-turn visits only (003 ¶12: they are received first). */
  waitOutOfTurn: Summary;
  /** Whole minutes from the start of service (or its last call, when not started separately) to its end. */
  service: Summary;
  satisfaction: Satisfaction;
}

/** Whole minutes, as people read a wait («12 min») and as a day's roll-up keeps it. */
export const minutes = (from: Date, to: Date) => Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60_000));

export function hallFigures(visits: readonly Visit[]): HallFigures {
  const count = (f: (v: Visit) => boolean) => visits.filter(f).length;
  const called = visits.filter((v) => v.firstCalledAt !== null);
  const waits = (vs: readonly Visit[]) => vs.map((v) => minutes(v.arrivedAt, v.firstCalledAt!));
  const served = visits.filter((v) => v.status === 'DONE');
  return {
    issued: {
      total: visits.length,
      kiosk: count((v) => v.channel === 'kiosk'),
      desk: count((v) => v.channel === 'desk'),
      check_in: count((v) => v.channel === 'check_in')
    },
    served: served.length,
    noShow: count((v) => v.status === 'NO_SHOW'),
    transferred: count((v) => v.transferred),
    unserved: count((v) => v.status !== 'DONE' && v.status !== 'NO_SHOW'),
    outOfTurn: count((v) => v.outOfTurn),
    languages: { kk: count((v) => v.language === 'kk'), ru: count((v) => v.language === 'ru') },
    wait: summarize(waits(called)),
    waitOutOfTurn: summarize(waits(called.filter((v) => v.outOfTurn))),
    service: summarize(
      served
        .filter((v) => v.finishedAt !== null && (v.startedAt ?? v.calledAt) !== null)
        .map((v) => minutes(v.startedAt ?? v.calledAt!, v.finishedAt!))
    ),
    satisfaction: satisfactionOf([1, 2, 3, 4, 5].map((r) => count((v) => v.rating === r)))
  };
}

/**
 * Arrivals by weekday (1 Monday … 7 Sunday) and hour of the office's day, for the heat map an
 * office plans its staff by: counts[weekday - 1][hour].
 */
export function arrivalsHeatMap(visits: readonly Visit[], timeZone: string): number[][] {
  const counts = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  for (const v of visits) {
    const local = Temporal.Instant.fromEpochMilliseconds(v.arrivedAt.getTime()).toZonedDateTimeISO(timeZone);
    counts[local.dayOfWeek - 1][local.hour]++;
  }
  return counts;
}

/** The office's days from `from` to `to`, both included (YYYY-MM-DD): the period a view shows. */
export function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  const last = Temporal.PlainDate.from(to);
  for (let d = Temporal.PlainDate.from(from); Temporal.PlainDate.compare(d, last) <= 0; d = d.add({ days: 1 }))
    out.push(d.toString());
  return out;
}

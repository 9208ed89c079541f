import { Temporal } from 'temporal-polyfill';
import { isClock, parseClock } from '../../shared/time';

/**
 * The officials' reception schedule: sessions made from a weekly pattern over a month,
 * their time slots, and where a booking goes when a session is cancelled (003 ¶7–8, ¶16).
 */

/** "Every 2nd Tuesday 10:00–13:00": weekday 2, weeks [2]. Weeks 1–5, or -1 for the last; [] = every week. */
export interface WeeklyPattern {
  weekday: number;
  weeks: number[];
  startsAt: string;
  endsAt: string;
}

export interface GeneratedDate {
  date: string;
  /** A non-working day of the calendar: no session is made (the day is not moved). */
  skipped: boolean;
}

/** The month's dates that match the pattern, each marked skipped when it is not a working day. */
export function patternDates(
  month: string,
  pattern: WeeklyPattern,
  isWorkingDay: (date: string) => boolean
): GeneratedDate[] {
  const first = Temporal.PlainYearMonth.from(month).toPlainDate({ day: 1 });
  const out: GeneratedDate[] = [];
  const lastOccurrence = (d: Temporal.PlainDate) => d.add({ days: 7 }).month !== d.month;
  for (let d = first; d.month === first.month; d = d.add({ days: 1 })) {
    if (d.dayOfWeek !== pattern.weekday) continue;
    const nth = Math.ceil(d.day / 7);
    const matches =
      pattern.weeks.length === 0 || pattern.weeks.includes(nth) || (pattern.weeks.includes(-1) && lastOccurrence(d));
    if (matches) out.push({ date: d.toString(), skipped: !isWorkingDay(d.toString()) });
  }
  return out;
}

/** Minutes in the session, or null when the times are not a forward interval on one day. */
export function sessionMinutes(startsAt: string, endsAt: string): number | null {
  if (!isClock(startsAt) || !isClock(endsAt)) return null;
  const a = parseClock(startsAt);
  const b = parseClock(endsAt);
  return b <= a ? null : b - a;
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The session's appointment times: one every `slotMinutes` that still ends inside the session. */
export function slotTimes(startsAt: string, endsAt: string, slotMinutes: number): string[] {
  const length = sessionMinutes(startsAt, endsAt);
  if (length === null || slotMinutes < 5) return [];
  const start = parseClock(startsAt);
  const out: string[] = [];
  for (let m = 0; m + slotMinutes <= length; m += slotMinutes) out.push(clock(start + m));
  return out;
}

/** The first time not taken, or null when the session is full. */
export function firstFreeSlot(slots: readonly string[], taken: readonly string[]): string | null {
  const busy = new Set(taken);
  return slots.find((s) => !busy.has(s)) ?? null;
}

export interface SessionCandidate {
  id: number;
  officialId: number;
  date: string;
  startsAt: string;
  free: number;
}

/**
 * Where the bookings of a cancelled session go: the same official's next session, after the
 * cancelled day, that still has room (003 ¶16: re-scheduled, *product: the consequences*).
 * Null when there is none yet: the application returns to review and a task says so.
 */
export function proposeSession<C extends SessionCandidate>(
  cancelled: { id: number; officialId: number; date: string },
  candidates: readonly C[],
  needed = 1
): C | null {
  return (
    [...candidates]
      .filter(
        (c) =>
          c.id !== cancelled.id && c.officialId === cancelled.officialId && c.date > cancelled.date && c.free >= needed
      )
      .sort((a, b) => (a.date === b.date ? a.startsAt.localeCompare(b.startsAt) : a.date.localeCompare(b.date)))[0] ??
    null
  );
}

/** 003 ¶16: the notice is late when given after the 2-working-day limit, unless given on the day itself. */
export function absenceNoticeLate(noticeOn: string, sessionDate: string, noticeDue: string): boolean {
  if (noticeOn === sessionDate) return false;
  return noticeOn > noticeDue;
}

/** The schedule's approval (per office and month): draft → submitted → approved → published. */
export const SCHEDULE_STATES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED'] as const;
export type ScheduleState = (typeof SCHEDULE_STATES)[number];
export const SCHEDULE_STEPS = {
  submit: ['DRAFT', 'SUBMITTED'],
  approve: ['SUBMITTED', 'APPROVED'],
  reject: ['SUBMITTED', 'DRAFT'],
  publish: ['APPROVED', 'PUBLISHED']
} as const;
export type ScheduleStep = keyof typeof SCHEDULE_STEPS;

export function nextScheduleState(from: ScheduleState, step: ScheduleStep): ScheduleState | null {
  const [a, b] = SCHEDULE_STEPS[step];
  return from === a ? b : null;
}

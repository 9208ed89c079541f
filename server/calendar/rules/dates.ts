import { Temporal } from 'temporal-polyfill';
import { plainDate } from './calendar';
import type { WorkingCalendar } from './calendar';
import { parseClock, zoned } from '../../shared/time';

/** A date as the rules take it: a PlainDate or its ISO text. */
export type DateLike = Temporal.PlainDate | string;

/* The arithmetic every term uses, and the day a document is registered on. */

/**
 * A term whose last day falls on a non-working day ends on the next working day
 * (000 ¶184, 002 §12.16 for control terms; the same general rule applies to the
 * reception terms counted in calendar days or months).
 */
export function dueOn(cal: WorkingCalendar, date: DateLike): Temporal.PlainDate {
  return cal.onOrAfter(date);
}

export function addCalendarDays(date: DateLike, days: number): Temporal.PlainDate {
  return plainDate(date).add({ days });
}

/**
 * A term in months ends on the same-numbered day of the last month, or on that month's
 * last day if it has no such day: 1 month from 31 January is 28 February (29 in a leap
 * year). Temporal's default overflow ("constrain") is exactly that rule.
 */
export function addMonths(date: DateLike, months: number): Temporal.PlainDate {
  return plainDate(date).add({ months });
}

/** Today's date in the office's time zone (Asia/Almaty, UTC+5): the day every term is judged on. */
export function officeToday(now: Date, timeZone: string): Temporal.PlainDate {
  return zoned(now, timeZone).toPlainDate();
}

// ───────────────────────── registration ─────────────────────────

export interface OfficeDay {
  timeZone: string;
  /** "HH:MM": an application received at or after this time is registered the next working day. */
  closesAt: string;
}

/**
 * The date an application counts as registered: the day it is received; if received on
 * a non-working day, the next working day (003 ¶25). Received after the office closes:
 * the next working day too — nobody can register it that day.
 */
export function registrationDate(cal: WorkingCalendar, receivedAt: Date, office: OfficeDay): Temporal.PlainDate {
  const local = zoned(receivedAt, office.timeZone);
  const day = local.toPlainDate();
  if (!cal.isWorkingDay(day)) return cal.onOrAfter(day);
  const minute = local.hour * 60 + local.minute;
  return minute >= parseClock(office.closesAt) ? cal.addWorkingDays(day, 1) : day;
}

import { Temporal } from 'temporal-polyfill';

/**
 * Office-local time. Every office-facing date (a ticket's day, opening hours)
 * is taken in the office's IANA time zone (Asia/Almaty, UTC+5), never the
 * server's.
 */
/** Kazakhstan has one time zone since 1 March 2024 (UTC+5); offices carry their own anyway. */
export const DEFAULT_TIME_ZONE = 'Asia/Almaty';

export function zoned(now: Date, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone);
}

/** The office-local calendar date, YYYY-MM-DD: the day ticket numbers belong to. */
export function localDay(now: Date, timeZone: string): string {
  return zoned(now, timeZone).toPlainDate().toString();
}

/** The office-local time now, "HH:MM" (compares as text with a session's slot times). */
export function localClock(now: Date, timeZone: string): string {
  return zoned(now, timeZone).toPlainTime().toString().slice(0, 5);
}

/** Minutes since local midnight for "HH:MM" (24:00 allowed as end of day). */
export function parseClock(hhmm: string): number {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new Error(`bad clock time ${hhmm}`);
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  if (minutes > 24 * 60) throw new Error(`bad clock time ${hhmm}`);
  return minutes;
}

export function isClock(value: unknown): value is string {
  try {
    return typeof value === 'string' && (parseClock(value), true);
  } catch {
    return false;
  }
}

/** The instant of a local date + minutes-since-midnight in a zone. */
export function instantAt(date: Temporal.PlainDate, minutes: number, timeZone: string): Date {
  const start = date.toZonedDateTime({ timeZone }); // local midnight
  return new Date(start.add({ minutes }).epochMilliseconds);
}

/** "2026-03-20T18:45" is office-local time; a value with Z or an offset is already an instant. */
export function officeInstant(value: string, timeZone: string): Date {
  if (/(Z|[+-]\d{2}:?\d{2})$/i.test(value)) return new Date(value);
  return new Date(Temporal.PlainDateTime.from(value).toZonedDateTime(timeZone).epochMilliseconds);
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' }).toString() === value;
  } catch {
    return false;
  }
}

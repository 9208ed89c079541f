import { instantAt, parseClock, zoned } from '../../shared/time';
import { weeklyRule, type WorkingDayRule } from '../../calendar/rules/working-week';

/** Weekly hours of an office (SPEC 1.5; per office because the regulations differ). */
export interface OfficeHours {
  timeZone: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  workDays: readonly number[];
  opensAt: string;
  closesAt: string;
  lunchStart: string | null;
  lunchEnd: string | null;
  /** Stop issuing tickets this many minutes before closing. */
  lastTicketMinutes: number;
}

export type IssuingState =
  | { open: true; closesAt: Date }
  | { open: false; reason: 'day_off' | 'before_hours' | 'lunch' | 'after_hours'; opensAt: Date | null };

/** Local minute intervals [from, to) during which the kiosk issues tickets on a working day. */
function issuingIntervals(h: OfficeHours): Array<[number, number]> {
  const open = parseClock(h.opensAt);
  const lastIssue = parseClock(h.closesAt) - h.lastTicketMinutes;
  if (h.lunchStart && h.lunchEnd) {
    const ls = parseClock(h.lunchStart);
    const le = parseClock(h.lunchEnd);
    return [
      [open, Math.min(ls, lastIssue)],
      [Math.max(le, open), lastIssue]
    ].filter(([a, b]) => a < b) as Array<[number, number]>;
  }
  return open < lastIssue ? [[open, lastIssue]] : [];
}

/** Search horizon for the next opening: longer than any holiday run. */
const HORIZON_DAYS = 60;

/**
 * Is the kiosk issuing tickets now, and if not, why and when does it next open?
 * Lunch counts as closed: nobody is at the windows to call the ticket.
 */
export function issuingState(
  now: Date,
  hours: OfficeHours,
  isWorkingDay: WorkingDayRule = weeklyRule(hours)
): IssuingState {
  const local = zoned(now, hours.timeZone);
  const today = local.toPlainDate();
  const minute = local.hour * 60 + local.minute + local.second / 60;
  const intervals = issuingIntervals(hours);

  if (isWorkingDay(today)) {
    for (const [from, to] of intervals) {
      if (minute >= from && minute < to) return { open: true, closesAt: instantAt(today, to, hours.timeZone) };
    }
  }

  const opensAt = nextOpening(now, hours, isWorkingDay);
  let reason: 'day_off' | 'before_hours' | 'lunch' | 'after_hours' = 'after_hours';
  if (!isWorkingDay(today)) reason = 'day_off';
  else if (intervals.length > 0 && minute < intervals[0][0]) reason = 'before_hours';
  else if (intervals.some(([, to], i) => i + 1 < intervals.length && minute >= to && minute < intervals[i + 1][0]))
    reason = 'lunch';
  return { open: false, reason, opensAt };
}

/** The first instant after `now` at which issuing starts, or null if none within the horizon. */
export function nextOpening(
  now: Date,
  hours: OfficeHours,
  isWorkingDay: WorkingDayRule = weeklyRule(hours)
): Date | null {
  const intervals = issuingIntervals(hours);
  if (intervals.length === 0) return null;
  let date = zoned(now, hours.timeZone).toPlainDate();
  for (let i = 0; i <= HORIZON_DAYS; i++, date = date.add({ days: 1 })) {
    if (!isWorkingDay(date)) continue;
    for (const [from] of intervals) {
      const at = instantAt(date, from, hours.timeZone);
      if (at.getTime() > now.getTime()) return at;
    }
  }
  return null;
}

import type { Temporal } from 'temporal-polyfill';

/**
 * Whether a local date is a working day. The plain weekly rule is the default;
 * the holiday calendar plugs in here.
 */
export type WorkingDayRule = (date: Temporal.PlainDate) => boolean;

export function weeklyRule(hours: { workDays: readonly number[] }): WorkingDayRule {
  return (date) => hours.workDays.includes(date.dayOfWeek);
}

export function parseWorkDays(csv: string): number[] {
  return csv
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n >= 1 && n <= 7);
}

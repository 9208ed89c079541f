import { Temporal } from 'temporal-polyfill';

/**
 * Kazakhstan's working-day calendar: the weekly rest days, the public holidays and
 * the day-off transfers decreed for a year. Every deadline in the product is
 * counted on it (docs/calendar.md). Pure: the entries come from the database.
 */

/**
 * HOLIDAY     a public holiday (Law «On holidays in the RK»; Labour Code art. 85);
 * DAY_OFF     a working day made a day off by a yearly transfer (Labour Code art. 85 p. 3);
 * WORKING_DAY a rest day (usually a Saturday or Sunday) made a working day by a transfer.
 */
export const DAY_KINDS = ['HOLIDAY', 'DAY_OFF', 'WORKING_DAY'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

export interface CalendarEntry {
  /** YYYY-MM-DD */
  date: string;
  kind: DayKind;
  nameKk: string;
  nameRu: string;
  /**
   * For a HOLIDAY: whether a holiday falling on a rest day gives a day off on the next
   * working day. False for Orthodox Christmas and the first day of Kurban Ait, and for a
   * holiday whose day off a decree placed elsewhere (recorded as a DAY_OFF entry).
   */
  movesIfWeekend: boolean;
  note?: string;
}

/** The five-day week (Mon–Fri) of the civil service: the week deadlines are counted on. */
export const FIVE_DAY_WEEK: readonly number[] = [1, 2, 3, 4, 5];

export type DayStatus =
  | { date: string; working: true; why: 'weekday' | 'working_day'; entry?: CalendarEntry }
  | { date: string; working: false; why: 'rest_day' | 'holiday' | 'day_off'; entry?: CalendarEntry }
  /** The day off given for `movedFrom`, a holiday that fell on a rest day. */
  | { date: string; working: false; why: 'moved_holiday'; movedFrom: CalendarEntry };

/** Any run of non-working days is far shorter; a longer search means an empty week. */
const MAX_SCAN_DAYS = 366;

export function plainDate(date: Temporal.PlainDate | string): Temporal.PlainDate {
  return typeof date === 'string' ? Temporal.PlainDate.from(date, { overflow: 'reject' }) : date;
}

export class WorkingCalendar {
  private readonly entries = new Map<string, CalendarEntry>();
  /** Day off → the holiday it was given for. */
  private readonly moved = new Map<string, CalendarEntry>();

  /**
   * @param week ISO weekdays that are working days (1 = Monday). Holidays move relative
   *   to this week: on a six-day week a Saturday holiday is simply a day off.
   */
  constructor(
    entries: readonly CalendarEntry[],
    readonly week: readonly number[] = FIVE_DAY_WEEK
  ) {
    if (!week.some((d) => d >= 1 && d <= 7)) throw new Error('a working week needs at least one working day');
    for (const e of entries) this.entries.set(plainDate(e.date).toString(), e);
    this.placeMovedDaysOff();
  }

  /**
   * A holiday on a rest day gives a day off on the next working day (Labour Code art. 85,
   * Law «On holidays»), except where the holiday says otherwise. Holidays are taken in
   * date order so that two weekend holidays in a row (Nauryz on Sat+Sun) take two
   * consecutive days. Days with their own entry are decided by that entry and are skipped.
   */
  private placeMovedDaysOff(): void {
    const holidays = [...this.entries.values()]
      .filter((e) => e.kind === 'HOLIDAY' && e.movesIfWeekend)
      .sort((a, b) => a.date.localeCompare(b.date));
    for (const h of holidays) {
      const date = plainDate(h.date);
      if (this.week.includes(date.dayOfWeek)) continue;
      let target = date.add({ days: 1 });
      for (let i = 0; ; i++, target = target.add({ days: 1 })) {
        if (i > MAX_SCAN_DAYS) throw new Error(`no working day after ${h.date}`);
        const key = target.toString();
        if (this.week.includes(target.dayOfWeek) && !this.entries.has(key) && !this.moved.has(key)) break;
      }
      this.moved.set(target.toString(), h);
    }
  }

  status(date: Temporal.PlainDate | string): DayStatus {
    const d = plainDate(date);
    const key = d.toString();
    const entry = this.entries.get(key);
    if (entry?.kind === 'HOLIDAY') return { date: key, working: false, why: 'holiday', entry };
    if (entry?.kind === 'DAY_OFF') return { date: key, working: false, why: 'day_off', entry };
    if (entry?.kind === 'WORKING_DAY') return { date: key, working: true, why: 'working_day', entry };
    const movedFrom = this.moved.get(key);
    if (movedFrom) return { date: key, working: false, why: 'moved_holiday', movedFrom };
    return this.week.includes(d.dayOfWeek)
      ? { date: key, working: true, why: 'weekday' }
      : { date: key, working: false, why: 'rest_day' };
  }

  isWorkingDay(date: Temporal.PlainDate | string): boolean {
    return this.status(date).working;
  }

  /** The date itself if it is a working day, else the next working day. */
  onOrAfter(date: Temporal.PlainDate | string): Temporal.PlainDate {
    return this.step(plainDate(date), 0, 1);
  }

  /** The date itself if it is a working day, else the previous working day. */
  onOrBefore(date: Temporal.PlainDate | string): Temporal.PlainDate {
    return this.step(plainDate(date), 0, -1);
  }

  /** The n-th working day after `date` (the date itself is not counted); n = 0 gives `date`. */
  addWorkingDays(date: Temporal.PlainDate | string, n: number): Temporal.PlainDate {
    if (!Number.isInteger(n) || n < 0) throw new Error(`bad number of working days ${n}`);
    return n === 0 ? plainDate(date) : this.step(plainDate(date).add({ days: 1 }), n - 1, 1);
  }

  /** The n-th working day before `date` (the date itself is not counted); n = 0 gives `date`. */
  subtractWorkingDays(date: Temporal.PlainDate | string, n: number): Temporal.PlainDate {
    if (!Number.isInteger(n) || n < 0) throw new Error(`bad number of working days ${n}`);
    return n === 0 ? plainDate(date) : this.step(plainDate(date).subtract({ days: 1 }), n - 1, -1);
  }

  /** Working days in (from, to]: how many working days remain from `from` until `to`. Negative if to < from. */
  workingDaysBetween(from: Temporal.PlainDate | string, to: Temporal.PlainDate | string): number {
    const a = plainDate(from);
    const b = plainDate(to);
    const sign = Temporal.PlainDate.compare(a, b);
    if (sign === 0) return 0;
    const [lo, hi] = sign < 0 ? [a, b] : [b, a];
    let count = 0;
    for (let d = lo.add({ days: 1 }); Temporal.PlainDate.compare(d, hi) <= 0; d = d.add({ days: 1 }))
      if (this.isWorkingDay(d)) count++;
    return sign < 0 ? count : -count;
  }

  /** Walks from `start` in `dir`, skipping non-working days, until `skip` more working days have passed. */
  private step(start: Temporal.PlainDate, skip: number, dir: 1 | -1): Temporal.PlainDate {
    let d = start;
    let left = skip;
    const limit = MAX_SCAN_DAYS + skip * 7;
    for (let scanned = 0; ; d = d.add({ days: dir }), scanned++) {
      if (scanned > limit) throw new Error('no working day found');
      if (!this.isWorkingDay(d)) continue;
      if (left === 0) return d;
      left--;
    }
  }

  /** Every day of a year with its status, for the year-at-a-glance page. */
  year(year: number): DayStatus[] {
    const out: DayStatus[] = [];
    for (let d = Temporal.PlainDate.from({ year, month: 1, day: 1 }); d.year === year; d = d.add({ days: 1 }))
      out.push(this.status(d));
    return out;
  }
}

import type { Db, Tx } from '../db/client';
import {
  DAY_KINDS,
  FIVE_DAY_WEEK,
  WorkingCalendar,
  type CalendarEntry,
  type DayKind,
  type DayStatus
} from './rules/calendar';
import { DomainError } from '../shared/errors';
import { isIsoDate } from '../shared/time';
import { sharedCache } from '../realtime/peer-caches';
import { parseWorkDays, weeklyRule, type WorkingDayRule } from './rules/working-week';

type OfficeRow = NonNullable<Awaited<ReturnType<Db['office']['findUnique']>>>;

/**
 * The calendar rows are few (≈20 a year) and change only through this module, so they are
 * read once per database and cached; every write below drops the cache.
 */
const cache = new WeakMap<object, Promise<CalendarEntry[]>>();
/** Drops the cached rows here and in the other server processes on the same database. */
const dropCalendar = sharedCache('calendar', (db) => cache.delete(db));

async function readEntries(db: Db | Tx): Promise<CalendarEntry[]> {
  const rows = await db.calendarDay.findMany({ orderBy: { date: 'asc' } });
  return rows.map((r) => ({
    date: r.date,
    kind: r.kind as DayKind,
    nameKk: r.nameKk,
    nameRu: r.nameRu,
    movesIfWeekend: r.movesIfWeekend,
    note: r.note
  }));
}

export function calendarEntries(db: Db): Promise<CalendarEntry[]> {
  let entries = cache.get(db);
  if (!entries) {
    entries = readEntries(db);
    cache.set(db, entries);
    entries.catch(() => cache.delete(db));
  }
  return entries;
}

/** The calendar deadlines are counted on: the civil service's five-day week with holidays and transfers. */
export async function deadlineCalendar(db: Db): Promise<WorkingCalendar> {
  return new WorkingCalendar(await calendarEntries(db), FIVE_DAY_WEEK);
}

/**
 * The days an office's hall works: its own week, and — unless it works through holidays —
 * the holidays, the days off they move to and the transfers.
 */
export async function officeCalendar(
  db: Db,
  office: OfficeRow
): Promise<{ rule: WorkingDayRule; calendar: WorkingCalendar | null }> {
  const week = parseWorkDays(office.workDays);
  if (!office.observesHolidays || week.length === 0) return { rule: weeklyRule({ workDays: week }), calendar: null };
  const calendar = new WorkingCalendar(await calendarEntries(db), week);
  return { rule: (d) => calendar.isWorkingDay(d), calendar };
}

export interface YearView {
  year: number;
  days: DayStatus[];
  /** Working days per month (index 0 = January) and in the year, on the five-day week. */
  workingDays: { months: number[]; total: number };
  entries: CalendarEntry[];
}

export async function calendarYear(db: Db, year: number): Promise<YearView> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new DomainError('bad_year');
  const entries = await calendarEntries(db);
  const days = new WorkingCalendar(entries, FIVE_DAY_WEEK).year(year);
  const months = Array.from({ length: 12 }, () => 0);
  for (const d of days) if (d.working) months[Number(d.date.slice(5, 7)) - 1]++;
  return {
    year,
    days,
    workingDays: { months, total: months.reduce((a, b) => a + b, 0) },
    entries: entries.filter((e) => e.date.startsWith(`${year}-`))
  };
}

export interface DayInput {
  kind: DayKind;
  nameKk: string;
  nameRu: string;
  movesIfWeekend: boolean;
  note: string;
}

/** Creates or replaces the entry of one date (administrator). */
export async function saveCalendarDay(db: Db, date: string, input: DayInput, userId: number): Promise<CalendarEntry> {
  if (!isIsoDate(date)) throw new DomainError('bad_date');
  if (!DAY_KINDS.includes(input.kind)) throw new DomainError('bad_request', { detail: 'kind' });
  const data = { ...input, updatedById: userId };
  // The calendar must still find working days after the edit.
  try {
    new WorkingCalendar(
      (await calendarEntries(db)).filter((e) => e.date !== date).concat({ date, ...data }),
      FIVE_DAY_WEEK
    );
  } catch {
    throw new DomainError('calendar_no_working_days');
  }
  await db.calendarDay.upsert({ where: { date }, create: { date, ...data }, update: data });
  dropCalendar(db);
  return { date, ...data };
}

export async function removeCalendarDay(db: Db, date: string): Promise<void> {
  if (!isIsoDate(date)) throw new DomainError('bad_date');
  const { count } = await db.calendarDay.deleteMany({ where: { date } });
  dropCalendar(db);
  if (count === 0) throw new DomainError('unknown_day');
}

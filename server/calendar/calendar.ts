import type { Db, Tx } from '../db/client';
import { TX_OPTIONS } from '../db/client';
import { audit } from '../auth/audit';
import { ADMIN_ROLES } from '../auth/roles';
import { requireRole, type SessionUser } from '../auth/sessions';
import type { Ctx } from '../realtime/context';
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

/**
 * Creates or replaces the entry of one date (administrators), audited in the same transaction:
 * every regulatory term hangs on the calendar, so who moved a day is on record.
 */
export async function saveCalendarDay(
  ctx: Pick<Ctx, 'db' | 'now'>,
  user: SessionUser | null,
  date: string,
  input: DayInput
): Promise<CalendarEntry> {
  const admin = requireRole(user, ADMIN_ROLES);
  if (!isIsoDate(date)) throw new DomainError('bad_date');
  if (!DAY_KINDS.includes(input.kind)) throw new DomainError('bad_request', { detail: 'kind' });
  const data = { ...input, updatedById: admin.id };
  const saved = await ctx.db.$transaction(async (tx) => {
    // The calendar must still find working days after the edit.
    try {
      new WorkingCalendar(
        (await readEntries(tx)).filter((e) => e.date !== date).concat({ date, ...data }),
        FIVE_DAY_WEEK
      );
    } catch {
      throw new DomainError('calendar_no_working_days');
    }
    await tx.calendarDay.upsert({ where: { date }, create: { date, ...data }, update: data });
    await audit({ db: tx, now: ctx.now }, admin, admin.officeId, 'calendar.save', 'CalendarDay', null, { date });
    return { date, ...data };
  }, TX_OPTIONS);
  dropCalendar(ctx.db);
  return saved;
}

export async function removeCalendarDay(ctx: Pick<Ctx, 'db' | 'now'>, user: SessionUser | null, date: string) {
  const admin = requireRole(user, ADMIN_ROLES);
  if (!isIsoDate(date)) throw new DomainError('bad_date');
  await ctx.db.$transaction(async (tx) => {
    const { count } = await tx.calendarDay.deleteMany({ where: { date } });
    if (count === 0) throw new DomainError('unknown_day');
    await audit({ db: tx, now: ctx.now }, admin, admin.officeId, 'calendar.remove', 'CalendarDay', null, { date });
  }, TX_OPTIONS);
  dropCalendar(ctx.db);
}

import type { Scoped } from '../auth/scope';
import type { Db, Tx } from '../db/client';
import { DomainError } from '../shared/errors';
import { localDay, zoned } from '../shared/time';
import { parseWorkDays } from '../calendar/rules/working-week';
import { issuingState, type IssuingState, type OfficeHours } from './rules/hours';
import { officeCalendar } from '../calendar';

type OfficeRow = NonNullable<Awaited<ReturnType<Db['office']['findUnique']>>>;

export function officeHours(o: OfficeRow): OfficeHours {
  return {
    timeZone: o.timeZone,
    workDays: parseWorkDays(o.workDays),
    opensAt: o.opensAt,
    closesAt: o.closesAt,
    lunchStart: o.lunchStart,
    lunchEnd: o.lunchEnd,
    lastTicketMinutes: o.lastTicketMinutes
  };
}

export async function officeByCode(db: Db | Tx, code: string): Promise<OfficeRow> {
  const office = await db.office.findUnique({ where: { code } });
  if (!office) throw new DomainError('unknown_office', {}, `office ${code}`);
  return office;
}

export interface KioskService {
  id: number;
  nameKk: string;
  nameRu: string;
  prefix: string;
  /** One line under the name on the kiosk. */
  descriptionKk: string;
  descriptionRu: string;
  waiting: number;
}

export interface KioskInfo {
  office: { id: number; code: string; nameKk: string; nameRu: string; timeZone: string };
  services: KioskService[];
  issuing:
    | { open: true; closesAt: string }
    | { open: false; reason: string; opensAt: string | null; holiday: { nameKk: string; nameRu: string } | null };
}

/** Whether the office's kiosk issues tickets now, on its week and the holiday calendar. */
export async function officeIssuing(db: Db, office: OfficeRow, now: Date): Promise<KioskInfo['issuing']> {
  const { rule, calendar } = await officeCalendar(db, office);
  const s: IssuingState = issuingState(now, officeHours(office), rule);
  if (s.open) return { open: true, closesAt: s.closesAt.toISOString() };
  // On a holiday the kiosk names it: a visitor sees why a weekday is closed.
  let holiday: { nameKk: string; nameRu: string } | null = null;
  if (s.reason === 'day_off' && calendar) {
    const day = calendar.status(zoned(now, office.timeZone).toPlainDate());
    const named = day.why === 'moved_holiday' ? day.movedFrom : !day.working ? day.entry : undefined;
    if (named) holiday = { nameKk: named.nameKk, nameRu: named.nameRu };
  }
  return { open: false, reason: s.reason, opensAt: s.opensAt ? s.opensAt.toISOString() : null, holiday };
}

/** What a kiosk needs to draw its screens (public: no personal data exists here). */
export async function kioskInfo(db: Db, code: string, now: Date): Promise<KioskInfo> {
  const office = await officeByCode(db, code);
  const services = await db.service.findMany({
    where: { officeId: office.id, active: true },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }]
  });
  const counts = await db.ticket.groupBy({
    by: ['serviceId'],
    where: { officeId: office.id, serviceDay: localDay(now, office.timeZone), status: 'WAITING' },
    _count: { _all: true }
  });
  const waiting = new Map(counts.map((c) => [c.serviceId, c._count._all]));
  return {
    office: {
      id: office.id,
      code: office.code,
      nameKk: office.nameKk,
      nameRu: office.nameRu,
      timeZone: office.timeZone
    },
    services: services.map((s) => ({
      id: s.id,
      nameKk: s.nameKk,
      nameRu: s.nameRu,
      prefix: s.prefix,
      descriptionKk: s.descriptionKk,
      descriptionRu: s.descriptionRu,
      waiting: waiting.get(s.id) ?? 0
    })),
    issuing: await officeIssuing(db, office, now)
  };
}

/** Every office (public: the kiosk and board pickers), or only a staff member's. */
export async function listOffices(db: Db, user?: Scoped) {
  return db.office.findMany({
    where: user ? { id: { in: [...user.officeIds] } } : {},
    orderBy: { id: 'asc' },
    select: { id: true, code: true, nameKk: true, nameRu: true }
  });
}

/** The zone a staff member reads every time in: their work office's (never the browser's, never UTC). */
export async function staffTimeZone(db: Db, user: Scoped & { officeId: number | null }): Promise<string> {
  return (await staffOffice(db, user)).timeZone;
}

/** A staff member's work office as every staff page knows it: its code (its live feed) and zone. */
export async function staffOffice(
  db: Db,
  user: Scoped & { officeId: number | null }
): Promise<{ code: string | null; timeZone: string }> {
  const id = user.officeId ?? user.officeIds[0];
  const office =
    id === undefined ? null : await db.office.findUnique({ where: { id }, select: { code: true, timeZone: true } });
  return { code: office?.code ?? null, timeZone: office?.timeZone ?? 'UTC' };
}

/** What staff pages show of their office: its code, names, zone and sign-up channels. */
export async function officeFacts(db: Db, officeId: number) {
  const o = await db.office.findUniqueOrThrow({
    where: { id: officeId },
    select: { id: true, code: true, nameKk: true, nameRu: true, timeZone: true, signupChannels: true }
  });
  return { ...o, signupChannels: o.signupChannels.split(',') };
}

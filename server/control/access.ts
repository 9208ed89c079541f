import type { SessionUser } from '../auth/sessions';
import { requireRole } from '../auth/sessions';
import { CONTROL_KEEPER_ROLES, CONTROL_ROLES } from '../auth/roles';
import { deadlineCalendar } from '../calendar';
import type { WorkingCalendar } from '../calendar/rules/calendar';
import { officeToday } from '../calendar/rules/deadlines';
import type { Db, Tx } from '../db/client';
import { DomainError } from '../shared/errors';
import { parseNeverExtended, type IssuerCode } from './rules/sources';
import type { Ctx } from '../realtime/context';

/**
 * Who reads the control register: appeals staff and the head see their office's assignments;
 * an executor only those its unit executes (lead or co-executor). SPEC 4.2.
 */
export interface ControlReader {
  user: SessionUser;
  /** Set for an executor: the unit whose assignments they see. */
  unitId: number | null;
  seesAll: boolean;
}

export function controlReader(user: SessionUser | null): ControlReader {
  const u = requireRole(user, CONTROL_ROLES);
  if (u.role !== 'executor') return { user: u, unitId: null, seesAll: true };
  if (u.unitId === null) throw new DomainError('forbidden');
  return { user: u, unitId: u.unitId, seesAll: false };
}

export function controlKeeper(user: SessionUser | null): SessionUser {
  return requireRole(user, CONTROL_KEEPER_ROLES);
}

/** The Prisma `where` of the assignments a reader may see. */
export function visibleAssignments(reader: ControlReader) {
  return {
    officeId: { in: [...reader.user.officeIds] },
    ...(reader.seesAll ? {} : { executors: { some: { unitId: reader.unitId! } } })
  };
}

/** What every control rule is judged with: the working calendar, the office's settings, its today. */
export interface OfficeTerms {
  cal: WorkingCalendar;
  officeId: number;
  today: string;
  amberDays: number;
  /** The issuers whose assignments are never extended (000 ¶174 p.2, the office's setting). */
  neverExtended: IssuerCode[];
  protocolDueDays: number;
  protocolLanguages: Array<'kk' | 'ru'>;
  office: { nameKk: string; nameRu: string; timeZone: string };
}

export async function officeTerms(ctx: Ctx, db: Db | Tx, officeId: number): Promise<OfficeTerms> {
  const office = await db.office.findUnique({ where: { id: officeId } });
  if (!office) throw new DomainError('unknown_office');
  const langs = office.protocolLanguages.split(',').filter((l): l is 'kk' | 'ru' => l === 'kk' || l === 'ru');
  return {
    cal: await deadlineCalendar(db as Db),
    officeId,
    today: officeToday(ctx.now(), office.timeZone).toString(),
    amberDays: office.amberWorkingDays,
    neverExtended: parseNeverExtended(office.neverExtendedIssuers),
    protocolDueDays: office.protocolDueDays,
    protocolLanguages: langs.length ? langs : ['kk'],
    office: { nameKk: office.nameKk, nameRu: office.nameRu, timeZone: office.timeZone }
  };
}

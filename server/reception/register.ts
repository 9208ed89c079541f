import { audit } from '../auth/audit';
import type { Db } from '../db/client';
import { deadlineCalendar } from '../calendar';
import { officeToday } from '../calendar/rules/deadlines';
import type { Ctx } from '../realtime/context';
import type { Channel } from '../offices/rules/channels';
import { canSee, workOffice, type ReceptionReader } from './access';
import { facts } from './applications';
import type { ApplicationState } from './rules/application-state';
import { applicationDue, nextDue, worstLight } from './rules/application-due';
import { maskIin } from './rules/iin';
import { fullName, parseRegisterNumber, registerNumber } from './rules/register-columns';

/*
 * The sign-up register as staff read it (журнал записи): its filters and search, each row's worst
 * light and next due date, and "my tasks" — the terms due today or overdue. Every read is logged.
 */

export interface RegisterFilter {
  state?: ApplicationState;
  officialId?: number;
  channel?: Channel;
  light?: 'green' | 'amber' | 'red';
  dueFrom?: string;
  dueTo?: string;
  /** A name, an ИИН or a register/registration number. */
  q?: string;
  limit?: number;
}

function listRows(db: Db, where: object, take: number) {
  return db.application.findMany({
    where,
    include: { session: { include: { official: true } }, requestedOfficial: true },
    orderBy: [{ year: 'desc' }, { number: 'desc' }],
    take
  });
}

/** The register view: filters and search; each row with its worst light and next due date. Logged (no search text). */
export async function listApplications(ctx: Ctx, reader: ReceptionReader, f: RegisterFilter) {
  // A screen shows at most 2,000 rows; the export reads up to its own limit through registerRows.
  const { today, rows } = await registerRows(ctx, reader, { ...f, limit: Math.min(f.limit ?? 500, 2000) });
  await audit(ctx, reader.user, workOffice(reader.user), 'application.list', 'Application', null, {
    count: rows.length,
    searched: Boolean(f.q?.trim())
  });
  return { today, rows };
}

/** The register's rows for a reader, unlogged: each caller logs its own access (list, tasks, export). */
export async function registerRows(ctx: Ctx, reader: ReceptionReader, f: RegisterFilter) {
  const officeId = workOffice(reader.user);
  const q = f.q?.trim();
  const num = q ? parseRegisterNumber(q) : null;
  const where = {
    officeId,
    ...(f.state ? { state: f.state } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
    ...(f.officialId ? { OR: [{ requestedOfficialId: f.officialId }, { session: { officialId: f.officialId } }] } : {}),
    ...(reader.seesAll
      ? {}
      : {
          AND: [
            {
              OR: [
                { requestedOfficialId: reader.ownOfficialId ?? -1 },
                { session: { officialId: reader.ownOfficialId ?? -1 } }
              ]
            }
          ]
        }),
    ...(q
      ? num
        ? num
        : /^\d{4,12}$/.test(q)
          ? { OR: [{ iin: { startsWith: q } }, { externalRegNo: { contains: q } }] }
          : { OR: [{ searchKey: { contains: q.toLocaleLowerCase('kk') } }, { externalRegNo: { contains: q } }] }
      : {})
  };
  const cal = await deadlineCalendar(ctx.db);
  const office = await ctx.db.office.findUniqueOrThrow({ where: { id: officeId }, select: { timeZone: true } });
  const today = officeToday(ctx.now(), office.timeZone).toString();
  const rows = (await listRows(ctx.db, where, f.limit ?? 500)).map((a) => {
    const due = applicationDue(cal, facts(a), today);
    return {
      id: a.id,
      number: registerNumber(a),
      fullName: fullName(a),
      iin: maskIin(a.iin),
      channel: a.channel,
      externalRegNo: a.externalRegNo,
      registeredOn: a.registeredOn,
      state: a.state,
      category: a.category,
      official: a.session?.official.fullName ?? a.requestedOfficial?.fullName ?? null,
      session: a.session ? { date: a.session.date, slotTime: a.slotTime } : null,
      light: worstLight(due),
      nextDue: nextDue(due)
    };
  });
  const filtered = rows.filter(
    (r) =>
      (!f.light || r.light === f.light) &&
      (!f.dueFrom || (r.nextDue !== null && r.nextDue >= f.dueFrom)) &&
      (!f.dueTo || (r.nextDue !== null && r.nextDue <= f.dueTo))
  );
  return { today, rows: filtered };
}

/** "My tasks": every open term due today or overdue, and every open notify-the-applicant task. */
export async function myTasks(ctx: Ctx, reader: ReceptionReader) {
  const { today, rows } = await registerRows(ctx, reader, { limit: 2000 });
  const officeId = workOffice(reader.user);
  const tasks = await ctx.db.applicationTask.findMany({
    where: { officeId, doneAt: null },
    include: { application: true },
    orderBy: { id: 'asc' }
  });
  const due = rows.filter((r) => r.nextDue !== null && r.nextDue <= today);
  const visible = tasks.filter((t) => canSee(reader, t.application));
  await audit(ctx, reader.user, officeId, 'application.tasks', 'Application', null, {
    count: due.length + visible.length
  });
  return {
    today,
    due,
    tasks: visible.map((t) => ({
      id: t.id,
      kind: t.kind,
      dueOn: t.dueOn,
      detail: t.detail ? JSON.parse(t.detail) : null,
      applicationId: t.applicationId,
      number: registerNumber(t.application),
      fullName: fullName(t.application),
      phone: t.application.phone
    }))
  };
}

import type { SessionUser } from '../auth/sessions';
import { phoneSurveyFor } from '../survey/rules';
import { requireRole } from '../auth/sessions';
import { REGISTER_ROLES } from '../auth/roles';
import { audit } from '../auth/audit';
import type { Db, Tx } from '../db/client';
import { TX_OPTIONS } from '../db/client';
import { deadlineCalendar } from '../calendar';
import { answerDue, officeToday, registrationDate } from '../calendar/rules/deadlines';
import { isCategory } from '../queue/rules/categories';
import { DomainError } from '../shared/errors';
import type { Ctx } from '../realtime/context';
import { canSee, workOffice, type ReceptionReader } from './access';
import { allowedActions, type ApplicationState } from './rules/application-state';
import { applicationDue, nextDue, worstLight, type ApplicationFacts } from './rules/application-due';
import type { Channel } from '../offices/rules/channels';
import { fullName, parseRegisterNumber, registerNumber, type ApplicationInput } from './rules/register-columns';

export { registerNumber, type ApplicationInput };
import { checkIin, maskIin } from './rules/iin';
import { LATE_AFTER_DAYS, receivedProblem } from './rules/received';

/** The sign-up register (журнал записи): registering, the card, the register view. */

export const searchKey = (a: { surname: string; givenName: string; patronymic: string }) =>
  `${a.surname} ${a.givenName} ${a.patronymic}`.trim().toLocaleLowerCase('kk');

async function nextRegisterNumber(tx: Tx, officeId: number, year: number): Promise<number> {
  const rows = await tx.$queryRaw<Array<{ value: number | bigint }>>`
    INSERT INTO "RegisterCounter" ("officeId", "year", "value") VALUES (${officeId}, ${year}, 1)
    ON CONFLICT ("officeId", "year") DO UPDATE SET "value" = "RegisterCounter"."value" + 1
    RETURNING "value"`;
  return Number(rows[0].value);
}

/** Registers an application (003 ¶5, ¶25): validated, numbered, its registration date computed. */
export async function registerApplication(ctx: Ctx, user: SessionUser, input: ApplicationInput) {
  requireRole(user, REGISTER_ROLES);
  return insertApplication(ctx, user, input);
}

/**
 * The registration itself, for the register and for same-day reception (003 ¶3), where the
 * visitor is booked into a session of today in the same transaction (`booking`): the steps
 * review and schedule are then recorded with it, marked as same-day.
 */
export async function insertApplication(
  ctx: Ctx,
  user: SessionUser,
  input: ApplicationInput,
  booking?: { sessionId: number; slotTime: string }
) {
  const officeId = workOffice(user);
  // 003 ¶5: without the substance of the issue it is registered but not considered. A same-day
  // booking needs it all the same: the official is about to hear the issue.
  const notConsidered = !input.substance.trim();
  if (notConsidered && booking) throw new DomainError('substance_required');
  if (!checkIin(input.iin).ok) throw new DomainError('bad_iin');
  if (input.category !== null && !isCategory(input.category)) throw new DomainError('bad_category');
  const office = await ctx.db.office.findUniqueOrThrow({ where: { id: officeId } });
  if (!booking && !office.signupChannels.split(',').includes(input.channel)) throw new DomainError('bad_channel');
  if (
    input.requestedOfficialId !== null &&
    !(await ctx.db.official.findFirst({ where: { id: input.requestedOfficialId, officeId } }))
  )
    throw new DomainError('unknown_official');
  const receivedAt = input.receivedAt ?? ctx.now();
  const late = receivedProblem(receivedAt, ctx.now(), input.lateReason ?? '');
  if (late) throw new DomainError(late, { days: LATE_AFTER_DAYS });
  const cal = await deadlineCalendar(ctx.db);
  const registeredOn = registrationDate(cal, receivedAt, office).toString();
  const year = Number(registeredOn.slice(0, 4));
  const at = ctx.now();
  const app = await ctx.db.$transaction(async (tx) => {
    const number = await nextRegisterNumber(tx, officeId, year);
    const state = booking ? 'SCHEDULED' : notConsidered ? 'NOT_CONSIDERED' : 'REGISTERED';
    const { lateReason: _late, ...fields } = input;
    const row = await tx.application.create({
      data: {
        ...fields,
        receivedAt,
        registeredOn,
        officeId,
        year,
        number,
        searchKey: searchKey(input),
        createdById: user.id,
        state,
        ...(booking ? { ...booking, answeredOn: registeredOn } : {})
      }
    });
    const event = (type: string, fromState: string | null, toState: string, detail: object) =>
      tx.applicationEvent.create({
        data: { applicationId: row.id, type, fromState, toState, userId: user.id, at, detail: JSON.stringify(detail) }
      });
    await event('register', null, 'REGISTERED', {
      registeredOn,
      ...(booking ? { sameDay: true } : {}),
      ...(input.lateReason?.trim() ? { lateReason: input.lateReason.trim() } : {})
    });
    if (notConsidered) {
      await event('notConsidered', 'REGISTERED', 'NOT_CONSIDERED', { ref: '003 ¶5' });
      // Telling the applicant is their answer: due within the answer's term (¶29).
      await tx.applicationTask.create({
        data: {
          applicationId: row.id,
          officeId,
          kind: 'NOTIFY_NOT_CONSIDERED',
          dueOn: answerDue(cal, registeredOn).toString()
        }
      });
    }
    if (booking) {
      await event('review', 'REGISTERED', 'REVIEW', { sameDay: true });
      await event('schedule', 'REVIEW', 'SCHEDULED', { sameDay: true, ...booking });
    }
    await audit(
      { db: tx, now: ctx.now },
      user,
      officeId,
      booking ? 'application.same_day' : 'application.create',
      'Application',
      row.id
    );
    return row;
  }, TX_OPTIONS);
  return { id: app.id, number: registerNumber(app), registeredOn };
}

type AppRow = NonNullable<Awaited<ReturnType<typeof loadApplication>>>;

export function loadApplication(db: Db | Tx, id: number) {
  return db.application.findUnique({
    where: { id },
    include: { session: { include: { official: true, room: true } }, requestedOfficial: true, ticket: true }
  });
}

/** The application, if this reader may see it; another office's or official's does not exist for them. */
export async function visibleApplication(db: Db | Tx, reader: ReceptionReader, id: number): Promise<AppRow> {
  const app = await loadApplication(db, id);
  if (!app || !canSee(reader, app)) throw new DomainError('unknown_application');
  return app;
}

export function facts(a: AppRow | Awaited<ReturnType<typeof listRows>>[number]): ApplicationFacts {
  return {
    state: a.state as ApplicationState,
    registeredOn: a.registeredOn,
    answeredOn: a.answeredOn,
    extensionKind: a.extensionKind as ApplicationFacts['extensionKind'],
    extendedOn: a.extendedOn,
    extendedUntil: a.extendedUntil,
    extensionNoticeOn: a.extensionNoticeOn,
    sessionDate: a.session?.date ?? null,
    referenceNoteOn: a.referenceNoteOn,
    hearingDecisionOn: a.hearingDecisionOn,
    hearingDraftSentOn: a.hearingDraftSentOn,
    forwardedOn: a.forwardedOn,
    otherBodyRequestedOn: a.otherBodyRequestedOn,
    otherBodyNoticeOn: a.otherBodyNoticeOn
  };
}

/** The applicant card: everything recorded, every step, open tasks, terms, earlier applications (003 ¶15(2)). Logged. */
export async function applicationCard(ctx: Ctx, reader: ReceptionReader, id: number) {
  const app = await visibleApplication(ctx.db, reader, id);
  const cal = await deadlineCalendar(ctx.db);
  const office = await ctx.db.office.findUniqueOrThrow({ where: { id: app.officeId }, select: { timeZone: true } });
  const today = officeToday(ctx.now(), office.timeZone).toString();
  const [events, tasks, earlier, survey] = await Promise.all([
    ctx.db.applicationEvent.findMany({ where: { applicationId: id }, orderBy: { id: 'asc' } }),
    ctx.db.applicationTask.findMany({ where: { applicationId: id }, orderBy: { id: 'asc' } }),
    ctx.db.application.findMany({
      where: { officeId: app.officeId, iin: app.iin, id: { not: id } },
      orderBy: { receivedAt: 'desc' },
      take: 20
    }),
    // Satisfaction (003 ¶38): the answer by phone, or the survey of the applicant's check-in ticket.
    ctx.db.surveyResponse.findFirst({
      where: { OR: [{ applicationId: id }, ...(app.ticketId ? [{ ticketId: app.ticketId }] : [])] },
      select: { rating: true, comment: true, channel: true, at: true }
    })
  ]);
  const users = await ctx.db.user.findMany({
    where: { id: { in: events.map((e) => e.userId).filter((x): x is number => x !== null) } },
    select: { id: true, fullName: true }
  });
  await audit(ctx, reader.user, app.officeId, 'application.view', 'Application', id);
  const { searchKey: _k, ticket, session, requestedOfficial, ...fields } = app;
  return {
    ...fields,
    receivedAt: app.receivedAt.toISOString(),
    createdAt: app.createdAt.toISOString(),
    updatedAt: app.updatedAt.toISOString(),
    number: registerNumber(app),
    fullName: fullName(app),
    ticket: ticket ? { code: ticket.code, status: ticket.status } : null,
    session: session
      ? {
          id: session.id,
          date: session.date,
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          officialName: session.official.fullName,
          room: session.room ? { number: session.room.number, kind: session.room.kind } : null
        }
      : null,
    requestedOfficial: requestedOfficial ? { id: requestedOfficial.id, fullName: requestedOfficial.fullName } : null,
    due: applicationDue(cal, facts(app), today),
    actions: reader.user.role === 'appeals' ? allowedActions(app.state as ApplicationState) : [],
    events: events.map((e) => ({
      ...e,
      at: e.at.toISOString(),
      detail: e.detail ? JSON.parse(e.detail) : null,
      user: users.find((u) => u.id === e.userId)?.fullName ?? null
    })),
    tasks: tasks.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), doneAt: t.doneAt?.toISOString() ?? null })),
    earlier: earlier.map((e) => ({
      id: e.id,
      number: registerNumber(e),
      registeredOn: e.registeredOn,
      state: e.state,
      substance: e.substance.slice(0, 200)
    })),
    survey: survey ? { ...survey, at: survey.at.toISOString() } : null,
    canRecordSurvey: !survey && phoneSurveyFor(app.state) && ['appeals', 'head'].includes(reader.user.role)
  };
}

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

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
import { applicationDue, type ApplicationFacts } from './rules/application-due';
import { fullName, registerNumber, type ApplicationInput } from './rules/register-columns';

export { registerNumber, type ApplicationInput };
import { checkIin } from './rules/iin';
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

/** What an application's terms are computed from (a card's row or a register's). */
type FactsRow = Pick<
  AppRow,
  | 'state'
  | 'registeredOn'
  | 'answeredOn'
  | 'extensionKind'
  | 'extendedOn'
  | 'extendedUntil'
  | 'extensionNoticeOn'
  | 'referenceNoteOn'
  | 'hearingDecisionOn'
  | 'hearingDraftSentOn'
  | 'forwardedOn'
  | 'otherBodyRequestedOn'
  | 'otherBodyNoticeOn'
> & { session: { date: string } | null };

export function facts(a: FactsRow): ApplicationFacts {
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

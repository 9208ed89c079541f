import type { SessionUser } from '../auth/sessions';
import { requireRole } from '../auth/sessions';
import { APPROVER_ROLES, REGISTER_ROLES } from '../auth/roles';
import { checkPlace, listOfficials } from './officials';
import type { Db, Tx } from '../db/client';
import { TX_OPTIONS } from '../db/client';
import { deadlineCalendar } from '../calendar';
import { finalListDueBy } from '../calendar/rules/deadlines';
import { DomainError } from '../shared/errors';
import type { Ctx } from '../realtime/context';
import { audit } from '../auth/audit';
import type { ReceptionReader } from './access';
import { workOffice } from './access';
import type { SessionType } from './rules/catalogue';
import {
  nextScheduleState,
  patternDates,
  slotTimes,
  type ScheduleState,
  type ScheduleStep,
  type WeeklyPattern
} from './rules/schedule';

/** The monthly schedule and its sessions (003 ¶7–9, 000 ¶206); the officials are in officials.ts. */

export interface SessionInput {
  officialId: number;
  date: string;
  startsAt: string;
  endsAt: string;
  roomId: number | null;
  placeKk: string;
  placeRu: string;
  type: SessionType;
  slotMinutes: number;
}

/** The office's schedule for a month, made (as a draft) the first time it is needed. */
export async function scheduleFor(tx: Db | Tx, officeId: number, month: string) {
  return tx.receptionSchedule.upsert({
    where: { officeId_month: { officeId, month } },
    create: { officeId, month },
    update: {}
  });
}

/** Regular sessions are planned while the month is a draft; extra ones (003 ¶9 and the rest) at any time. */
function assertEditable(state: string, type: SessionType) {
  if (type === 'REGULAR' && state !== 'DRAFT') throw new DomainError('schedule_locked', { state });
}

async function checkSession(tx: Db | Tx, officeId: number, s: SessionInput) {
  if (!(await tx.official.findFirst({ where: { id: s.officialId, officeId, active: true } })))
    throw new DomainError('unknown_official');
  await checkPlace(tx, officeId, s.roomId);
  if (slotTimes(s.startsAt, s.endsAt, s.slotMinutes).length === 0) throw new DomainError('bad_pattern');
}

export async function addSession(ctx: Ctx, user: SessionUser, input: SessionInput) {
  requireRole(user, REGISTER_ROLES);
  const officeId = workOffice(user);
  const month = input.date.slice(0, 7);
  const session = await ctx.db.$transaction(async (tx) => {
    await checkSession(tx, officeId, input);
    const schedule = await scheduleFor(tx, officeId, month);
    assertEditable(schedule.state, input.type);
    const created = await tx.receptionSession.create({ data: { ...input, officeId, scheduleId: schedule.id } });
    await audit({ db: tx, now: ctx.now }, user, officeId, 'session.create', 'ReceptionSession', created.id);
    return created;
  }, TX_OPTIONS);
  return session;
}

/**
 * A month's sessions from a weekly pattern ("every 2nd Tuesday 10:00–13:00"). Non-working days
 * of the calendar are skipped, not moved; they are returned so the screen can say which.
 */
export async function generateSessions(
  ctx: Ctx,
  user: SessionUser,
  month: string,
  pattern: WeeklyPattern,
  base: Omit<SessionInput, 'date' | 'startsAt' | 'endsAt'>
) {
  requireRole(user, REGISTER_ROLES);
  const officeId = workOffice(user);
  const cal = await deadlineCalendar(ctx.db);
  const dates = patternDates(month, pattern, (d) => cal.isWorkingDay(d));
  const created = await ctx.db.$transaction(async (tx) => {
    await checkSession(tx, officeId, {
      ...base,
      date: `${month}-01`,
      startsAt: pattern.startsAt,
      endsAt: pattern.endsAt
    });
    const schedule = await scheduleFor(tx, officeId, month);
    assertEditable(schedule.state, base.type);
    const out = [];
    for (const d of dates.filter((x) => !x.skipped)) {
      const clash = await tx.receptionSession.findFirst({
        where: {
          officialId: base.officialId,
          date: d.date,
          status: 'ACTIVE',
          startsAt: { lt: pattern.endsAt },
          endsAt: { gt: pattern.startsAt }
        }
      });
      if (clash) continue; // the official already receives then
      out.push(
        await tx.receptionSession.create({
          data: {
            ...base,
            officeId,
            scheduleId: schedule.id,
            date: d.date,
            startsAt: pattern.startsAt,
            endsAt: pattern.endsAt
          }
        })
      );
    }
    await audit({ db: tx, now: ctx.now }, user, officeId, 'session.generate', 'ReceptionSchedule', month, {
      created: out.length
    });
    return out;
  }, TX_OPTIONS);
  return {
    created: created.map((s) => ({ id: s.id, date: s.date })),
    skipped: dates.filter((d) => d.skipped).map((d) => d.date)
  };
}

/** A draft's session with nobody booked can go; anything else is cancelled (absence.ts). */
export async function removeSession(ctx: Ctx, user: SessionUser, id: number) {
  requireRole(user, REGISTER_ROLES);
  const officeId = workOffice(user);
  await ctx.db.$transaction(async (tx) => {
    const s = await tx.receptionSession.findFirst({
      where: { id, officeId },
      include: { schedule: true, _count: { select: { applications: true } } }
    });
    if (!s) throw new DomainError('unknown_session');
    if (s.schedule.state !== 'DRAFT' || s._count.applications > 0)
      throw new DomainError('schedule_locked', { state: s.schedule.state });
    await tx.receptionSession.delete({ where: { id } });
    await audit({ db: tx, now: ctx.now }, user, officeId, 'session.delete', 'ReceptionSession', id);
  }, TX_OPTIONS);
  return { ok: true };
}

const STEP_ROLES: Record<ScheduleStep, typeof REGISTER_ROLES> = {
  submit: REGISTER_ROLES,
  approve: APPROVER_ROLES,
  reject: APPROVER_ROLES,
  publish: [...REGISTER_ROLES, ...APPROVER_ROLES]
};

/** draft → submitted (appeals) → approved or returned (head) → published (appeals or head). */
export async function scheduleStep(ctx: Ctx, user: SessionUser, month: string, step: ScheduleStep, note = '') {
  requireRole(user, STEP_ROLES[step]);
  const officeId = workOffice(user);
  const now = ctx.now();
  const result = await ctx.db.$transaction(async (tx) => {
    const schedule = await scheduleFor(tx, officeId, month);
    const to = nextScheduleState(schedule.state as ScheduleState, step);
    if (!to) throw new DomainError('schedule_locked', { state: schedule.state });
    // Whoever submitted the schedule never approves or returns it (two people, as everywhere).
    if ((step === 'approve' || step === 'reject') && schedule.submittedById === user.id)
      throw new DomainError('own_request');
    const stamp =
      step === 'submit'
        ? { submittedAt: now, submittedById: user.id }
        : step === 'approve'
          ? { approvedAt: now, approvedById: user.id }
          : step === 'publish'
            ? { publishedAt: now, publishedById: user.id }
            : {};
    const changed = await tx.receptionSchedule.updateMany({
      where: { id: schedule.id, state: schedule.state },
      data: { state: to, note: step === 'reject' ? note : schedule.note, ...stamp }
    });
    if (changed.count !== 1) throw new DomainError('conflict');
    await audit(
      { db: tx, now: ctx.now },
      user,
      officeId,
      `schedule.${step}`,
      'ReceptionSchedule',
      month,
      note ? { note } : undefined
    );
    return { month, state: to };
  }, TX_OPTIONS);
  return result;
}

type SessionRow = Awaited<ReturnType<typeof sessionRows>>[number];

function sessionRows(db: Db | Tx, where: object) {
  return db.receptionSession.findMany({
    where,
    include: {
      official: true,
      room: true,
      applications: { where: { slotTime: { not: null } }, select: { slotTime: true } }
    },
    orderBy: [{ date: 'asc' }, { startsAt: 'asc' }, { id: 'asc' }]
  });
}

/** A session as staff see it: no applicant here, only how many are booked. */
export function sessionView(s: SessionRow) {
  const slots = slotTimes(s.startsAt, s.endsAt, s.slotMinutes);
  return {
    id: s.id,
    date: s.date,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    type: s.type,
    status: s.status,
    slotMinutes: s.slotMinutes,
    capacity: slots.length,
    booked: s.applications.length,
    freeSlots: slots.filter((t) => !s.applications.some((a) => a.slotTime === t)),
    official: {
      id: s.official.id,
      fullName: s.official.fullName,
      positionKk: s.official.positionKk,
      positionRu: s.official.positionRu
    },
    room: s.room ? { id: s.room.id, number: s.room.number, kind: s.room.kind } : null,
    placeKk: s.placeKk,
    placeRu: s.placeRu,
    cancelReason: s.cancelReason,
    noticeOn: s.noticeOn,
    noticeLate: s.noticeLate,
    movedToId: s.movedToId
  };
}

/** A month of the schedule: its approval state, the officials and every session. */
export async function monthView(ctx: Ctx, reader: ReceptionReader, month: string) {
  const officeId = workOffice(reader.user);
  const [schedule, officials, sessions, office, cal] = await Promise.all([
    ctx.db.receptionSchedule.findUnique({ where: { officeId_month: { officeId, month } } }),
    listOfficials(ctx.db, officeId),
    sessionRows(ctx.db, {
      officeId,
      date: { startsWith: month },
      ...(reader.seesAll ? {} : { officialId: reader.ownOfficialId ?? -1 })
    }),
    ctx.db.office.findUniqueOrThrow({ where: { id: officeId } }),
    deadlineCalendar(ctx.db)
  ]);
  const unit = office.finalListUnit === 'DAYS' ? 'DAYS' : 'WORKING_DAYS';
  return {
    month,
    state: (schedule?.state ?? 'DRAFT') as ScheduleState,
    note: schedule?.note ?? '',
    approvedBy: office.scheduleApprovedBy,
    officials,
    // Each session with the day its final list is due by the office's rule (SPEC §5).
    sessions: sessions.map((s) => ({
      ...sessionView(s),
      finalListDue: finalListDueBy(cal, s.date, office.finalListLead, unit).toString()
    }))
  };
}

/** Sessions of the months whose schedule is published: what the public page, the export and the board show. */
export async function publishedSessions(db: Db, officeId: number, from: string, to: string) {
  const rows = await sessionRows(db, { officeId, date: { gte: from, lte: to }, schedule: { state: 'PUBLISHED' } });
  return rows.map(sessionView);
}

/**
 * Sessions an applicant can be booked into now: active, from today, in an approved or published
 * month, with room — today's only with slots still to come (`clock`: the office's "HH:MM" now).
 */
export async function bookableSessions(db: Db, officeId: number, today: string, clock: string) {
  const rows = await sessionRows(db, {
    officeId,
    status: 'ACTIVE',
    date: { gte: today },
    schedule: { state: { in: ['APPROVED', 'PUBLISHED'] } }
  });
  return rows
    .map(sessionView)
    .map((s) => (s.date === today ? { ...s, freeSlots: s.freeSlots.filter((t) => t >= clock) } : s))
    .filter((s) => s.freeSlots.length > 0);
}

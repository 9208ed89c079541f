import type { SessionUser } from '../auth/sessions';
import { requireRole } from '../auth/sessions';
import { REGISTER_ROLES } from '../auth/roles';
import { audit } from '../auth/audit';
import type { Tx } from '../db/client';
import { TX_OPTIONS } from '../db/client';
import { deadlineCalendar } from '../calendar';
import { absenceNoticeDue, officeToday } from '../calendar/rules/deadlines';
import { DomainError } from '../shared/errors';
import type { Ctx } from '../realtime/context';
import { workOffice } from './access';
import { scheduleFor } from './schedule';
import { absenceNoticeLate, firstFreeSlot, proposeSession, slotTimes, type SessionCandidate } from './rules/schedule';

/**
 * An official cannot hold a session (003 ¶16): the session is cancelled (or moved to a new
 * date), the notice is judged against the 2-working-day rule, and every applicant booked into
 * it is moved to the same official's next session with room — or back to review when there is
 * none — each with a "notify the applicant" task that stays open until staff record how and
 * when they told them (*product: the consequences*).
 */
export interface AbsenceInput {
  reason: string;
  /** When the official gave notice (YYYY-MM-DD). */
  noticeOn: string;
  /** Move instead of cancel: the new date and time (same official, type, room and slots). */
  moveTo?: { date: string; startsAt: string; endsAt: string } | null;
}

async function candidates(
  tx: Tx,
  officeId: number,
  officialId: number,
  after: string,
  extraId: number | null
): Promise<Array<SessionCandidate & { slots: string[]; taken: string[] }>> {
  const rows = await tx.receptionSession.findMany({
    where: {
      officeId,
      officialId,
      status: 'ACTIVE',
      date: { gt: after },
      OR: [{ schedule: { state: { in: ['APPROVED', 'PUBLISHED'] } } }, ...(extraId ? [{ id: extraId }] : [])]
    },
    include: { applications: { where: { slotTime: { not: null } }, select: { slotTime: true } } }
  });
  return rows.map((r) => {
    const slots = slotTimes(r.startsAt, r.endsAt, r.slotMinutes);
    const taken = r.applications.map((a) => a.slotTime!);
    return {
      id: r.id,
      officialId: r.officialId,
      date: r.date,
      startsAt: r.startsAt,
      slots,
      taken,
      free: slots.length - taken.length
    };
  });
}

export async function cancelSession(ctx: Ctx, user: SessionUser, sessionId: number, input: AbsenceInput) {
  requireRole(user, REGISTER_ROLES);
  const officeId = workOffice(user);
  const cal = await deadlineCalendar(ctx.db);
  const now = ctx.now();
  const result = await ctx.db.$transaction(async (tx) => {
    const s = await tx.receptionSession.findFirst({ where: { id: sessionId, officeId } });
    if (!s) throw new DomainError('unknown_session');
    if (s.status !== 'ACTIVE') throw new DomainError('session_unavailable');
    const office = await tx.office.findUniqueOrThrow({ where: { id: officeId }, select: { timeZone: true } });
    const today = officeToday(now, office.timeZone);
    const noticeLate = absenceNoticeLate(input.noticeOn, s.date, absenceNoticeDue(cal, s.date).toString());

    let movedToId: number | null = null;
    if (input.moveTo) {
      const m = input.moveTo;
      if (slotTimes(m.startsAt, m.endsAt, s.slotMinutes).length === 0 || m.date < today.toString())
        throw new DomainError('bad_pattern');
      const month = m.date.slice(0, 7);
      const schedule = await scheduleFor(tx, officeId, month);
      const moved = await tx.receptionSession.create({
        data: {
          officeId,
          scheduleId: schedule.id,
          officialId: s.officialId,
          date: m.date,
          startsAt: m.startsAt,
          endsAt: m.endsAt,
          roomId: s.roomId,
          placeKk: s.placeKk,
          placeRu: s.placeRu,
          type: s.type,
          slotMinutes: s.slotMinutes
        }
      });
      movedToId = moved.id;
    }
    await tx.receptionSession.update({
      where: { id: s.id },
      data: { status: 'CANCELLED', cancelReason: input.reason, noticeOn: input.noticeOn, noticeLate, movedToId }
    });

    const booked = await tx.application.findMany({
      where: { sessionId: s.id, state: 'SCHEDULED' },
      orderBy: { slotTime: 'asc' }
    });
    const pool = await candidates(tx, officeId, s.officialId, s.date, movedToId);
    // The moved session first: its applicants keep their relative order there.
    const moves: Array<{ applicationId: number; to: number | null; slotTime: string | null }> = [];
    const notifyBy = cal.addWorkingDays(today, 1).toString();
    for (const app of booked) {
      const open = pool.filter((c) => c.free > 0);
      const target =
        (movedToId ? open.find((c) => c.id === movedToId) : undefined) ??
        proposeSession({ id: s.id, officialId: s.officialId, date: s.date }, open);
      const slot = target ? firstFreeSlot(target.slots, target.taken) : null;
      if (target && slot) {
        target.taken.push(slot);
        target.free -= 1;
        await tx.application.update({
          where: { id: app.id },
          data: { sessionId: target.id, slotTime: slot, referenceNoteOn: null }
        });
        await tx.applicationEvent.create({
          data: {
            applicationId: app.id,
            type: 'reschedule',
            fromState: 'SCHEDULED',
            toState: 'SCHEDULED',
            userId: user.id,
            at: now,
            detail: JSON.stringify({ absence: true, fromSessionId: s.id, sessionId: target.id, slotTime: slot })
          }
        });
        await tx.applicationTask.create({
          data: {
            applicationId: app.id,
            officeId,
            kind: 'NOTIFY_RESCHEDULE',
            dueOn: notifyBy,
            detail: JSON.stringify({ fromSessionId: s.id, sessionId: target.id, date: target.date, slotTime: slot })
          }
        });
        moves.push({ applicationId: app.id, to: target.id, slotTime: slot });
      } else {
        await tx.application.update({
          where: { id: app.id },
          data: { state: 'REVIEW', sessionId: null, slotTime: null }
        });
        await tx.applicationEvent.create({
          data: {
            applicationId: app.id,
            type: 'unschedule',
            fromState: 'SCHEDULED',
            toState: 'REVIEW',
            userId: user.id,
            at: now,
            detail: JSON.stringify({ absence: true, fromSessionId: s.id })
          }
        });
        await tx.applicationTask.create({
          data: {
            applicationId: app.id,
            officeId,
            kind: 'NOTIFY_NO_SESSION',
            dueOn: notifyBy,
            detail: JSON.stringify({ fromSessionId: s.id })
          }
        });
        moves.push({ applicationId: app.id, to: null, slotTime: null });
      }
    }
    const action = input.moveTo ? 'session.move' : 'session.cancel';
    await audit({ db: tx, now: ctx.now }, user, officeId, action, 'ReceptionSession', sessionId, {
      moved: moves.length,
      noticeLate
    });
    return { sessionId: s.id, noticeLate, movedToId, moves };
  }, TX_OPTIONS);
  return result;
}

export interface TaskDone {
  method: string;
  noticeOn: string;
  note: string;
}

/** Staff record how and when the applicant was told; the task closes. */
export async function completeTask(ctx: Ctx, user: SessionUser, taskId: number, done: TaskDone) {
  requireRole(user, REGISTER_ROLES);
  const task = await ctx.db.applicationTask.findUnique({ where: { id: taskId } });
  if (!task || !user.officeIds.includes(task.officeId)) throw new DomainError('unknown_task');
  // The task, the application's record of the notice and the audit row: together or not at all.
  await ctx.db.$transaction(async (tx) => {
    const changed = await tx.applicationTask.updateMany({
      where: { id: taskId, doneAt: null },
      data: { doneAt: ctx.now(), doneById: user.id, ...done }
    });
    if (changed.count !== 1) throw new DomainError('conflict');
    const { state } = await tx.application.findUniqueOrThrow({
      where: { id: task.applicationId },
      select: { state: true }
    });
    // 003 ¶5: the notice that it is not considered is the applicant's answer.
    if (task.kind === 'NOTIFY_NOT_CONSIDERED')
      await tx.application.update({ where: { id: task.applicationId }, data: { answeredOn: done.noticeOn } });
    await tx.applicationEvent.create({
      data: {
        applicationId: task.applicationId,
        type: 'record.notified',
        fromState: state,
        toState: state,
        userId: user.id,
        at: ctx.now(),
        detail: JSON.stringify({ taskId, method: done.method, noticeOn: done.noticeOn })
      }
    });
    await audit({ db: tx, now: ctx.now }, user, task.officeId, 'task.done', 'ApplicationTask', taskId);
  }, TX_OPTIONS);
  return { id: taskId };
}

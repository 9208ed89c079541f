import type { SessionUser } from '../auth/sessions';
import { officeToday } from '../calendar/rules/deadlines';
import { actOnTicket, callTicket, takeWindow } from '../queue';
import { DomainError } from '../shared/errors';
import type { Ctx } from '../realtime/context';
import { receptionReader } from './access';
import { applicationStep } from './application-steps';
import { receptionOrder } from './rules/final-list';
import { fullName } from './rules/register-columns';

/**
 * The official's room on a reception day: today's sessions, the applicants in reception order
 * (out-of-turn first, then by time), who has checked in (their ticket), and the calls. The board
 * shows the ticket number and the room, never a name.
 */
async function ownOfficial(ctx: Ctx, user: SessionUser) {
  const reader = await receptionReader(ctx.db, user);
  if (user.role !== 'official' || reader.ownOfficialId === null) throw new DomainError('forbidden');
  return reader.ownOfficialId;
}

export async function roomToday(ctx: Ctx, user: SessionUser) {
  const officialId = await ownOfficial(ctx, user);
  const official = await ctx.db.official.findUniqueOrThrow({ where: { id: officialId }, include: { office: true } });
  const today = officeToday(ctx.now(), official.office.timeZone).toString();
  const sessions = await ctx.db.receptionSession.findMany({
    where: { officialId, date: today, status: 'ACTIVE' },
    include: {
      room: true,
      applications: { where: { state: { in: ['SCHEDULED', 'RECEIVED', 'NO_SHOW'] } }, include: { ticket: true } }
    },
    orderBy: { startsAt: 'asc' }
  });
  return {
    today,
    /** The office whose feed the room console follows (check-ins, calls). */
    officeCode: official.office.code,
    official: { fullName: official.fullName, positionKk: official.positionKk, positionRu: official.positionRu },
    sessions: sessions.map((s) => ({
      id: s.id,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      room: s.room
        ? { id: s.room.id, number: s.room.number, kind: s.room.kind, mine: s.room.userId === user.id }
        : null,
      applicants: receptionOrder(s.applications).map((a) => ({
        id: a.id,
        fullName: fullName(a),
        category: a.category,
        slotTime: a.slotTime,
        state: a.state,
        language: a.language,
        interpreterNeeded: a.interpreterNeeded,
        ticket: a.ticket ? { id: a.ticket.id, code: a.ticket.code, status: a.ticket.status } : null
      }))
    }))
  };
}

export type RoomAction = 'call' | 'recall' | 'came' | 'done' | 'noShow';

/** Call an applicant who checked in, then mark them came (received), done, or not come. */
export async function roomAction(ctx: Ctx, user: SessionUser, applicationId: number, action: RoomAction) {
  const officialId = await ownOfficial(ctx, user);
  const app = await ctx.db.application.findUnique({
    where: { id: applicationId },
    include: { session: { include: { room: true } }, ticket: true }
  });
  if (!app || app.session?.officialId !== officialId || !user.officeIds.includes(app.officeId))
    throw new DomainError('unknown_application');
  const room = app.session.room;
  if (!room) throw new DomainError('appointment_no_room');
  const actor = { id: user.id, role: user.role, officeIds: user.officeIds };
  const ticket = app.ticket;
  switch (action) {
    case 'call': {
      if (!ticket) throw new DomainError('unknown_ticket');
      // The official opens their room on the first call of the day.
      if (room.userId !== user.id) await takeWindow(ctx, room.id, actor);
      await callTicket(ctx, room.id, ticket.id, actor);
      break;
    }
    case 'recall':
      if (!ticket) throw new DomainError('unknown_ticket');
      await actOnTicket(ctx, room.id, ticket.id, 'recall', actor);
      break;
    case 'came':
      if (ticket?.status === 'CALLED') await actOnTicket(ctx, room.id, ticket.id, 'start', actor);
      await applicationStep(ctx, user, app.id, { action: 'attend' });
      break;
    case 'done':
      if (!ticket) throw new DomainError('unknown_ticket');
      await actOnTicket(ctx, room.id, ticket.id, 'finish', actor);
      break;
    case 'noShow':
      if (ticket && ['CALLED', 'SERVING'].includes(ticket.status))
        await actOnTicket(ctx, room.id, ticket.id, 'noShow', actor);
      await applicationStep(ctx, user, app.id, { action: 'noShow' });
      break;
  }
  return { id: app.id, action };
}

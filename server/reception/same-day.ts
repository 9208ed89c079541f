import type { SessionUser } from '../auth/sessions';
import { requireRole } from '../auth/sessions';
import { DESK_ROLES } from '../auth/roles';
import { workOffice } from '../auth/scope';
import { officeToday } from '../calendar/rules/deadlines';
import { DomainError } from '../shared/errors';
import type { Ctx } from '../realtime/context';
import type { Language } from '../shared/language';
import { insertApplication } from './applications';
import { checkIn } from './check-in';
import { firstFreeSlot, slotTimes } from './rules/schedule';
import { isUniqueViolation } from '../db/errors';

/**
 * Same-day reception (003 ¶3): a visitor at the desk is received today by an official who
 * agrees — without the sign-up cycle, but still registered (channel: in person) and booked into
 * that official's session today, so the protocol and the reports see it. The desk prints the
 * ticket for the official's room.
 */
export interface SameDayInput {
  officialId: number;
  surname: string;
  givenName: string;
  patronymic: string;
  iin: string;
  phone: string;
  language: Language;
  category: string | null;
  substance: string;
}

/** Officials receiving today with a free time left (what the desk may offer). */
export async function receivingToday(ctx: Ctx, officeId: number) {
  const office = await ctx.db.office.findUniqueOrThrow({ where: { id: officeId } });
  const today = officeToday(ctx.now(), office.timeZone).toString();
  const sessions = await ctx.db.receptionSession.findMany({
    // Only officials who receive on the day a visitor comes (003 ¶3: a setting per official).
    where: { officeId, date: today, status: 'ACTIVE', roomId: { not: null }, official: { sameDay: true } },
    include: {
      official: true,
      room: true,
      applications: { where: { slotTime: { not: null } }, select: { slotTime: true } }
    },
    orderBy: { startsAt: 'asc' }
  });
  return sessions
    .map((s) => ({
      sessionId: s.id,
      officialId: s.officialId,
      fullName: s.official.fullName,
      positionKk: s.official.positionKk,
      positionRu: s.official.positionRu,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      room: s.room!.number,
      free: firstFreeSlot(
        slotTimes(s.startsAt, s.endsAt, s.slotMinutes),
        s.applications.map((a) => a.slotTime!)
      )
    }))
    .filter((s) => s.free !== null);
}

export async function sameDayReception(ctx: Ctx, user: SessionUser, input: SameDayInput) {
  requireRole(user, DESK_ROLES);
  const officeId = workOffice(user);
  const { officialId, ...applicant } = input;
  const book = async () => {
    const offer = (await receivingToday(ctx, officeId)).find((s) => s.officialId === officialId);
    if (!offer) {
      const official = await ctx.db.official.findFirst({
        where: { id: officialId, officeId },
        select: { sameDay: true }
      });
      throw new DomainError(official && !official.sameDay ? 'same_day_not_allowed' : 'session_full');
    }
    return insertApplication(
      ctx,
      user,
      {
        ...applicant,
        address: '',
        applicantKind: 'SELF',
        representedName: '',
        authorityDoc: '',
        foreigner: false,
        interpreterNeeded: false,
        channel: 'IN_PERSON',
        externalRegNo: '',
        externalRegDate: null,
        receivedAt: null,
        requestedOfficialId: officialId
      },
      { sessionId: offer.sessionId, slotTime: offer.free! }
    );
  };
  let app: Awaited<ReturnType<typeof book>> | undefined;
  // Two desks taking the same free time at once: the unique (session, time) index lets one win; the other takes the next time.
  for (let attempt = 0; !app; attempt++) {
    try {
      app = await book();
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      if (attempt >= 3) throw new DomainError('session_full');
    }
  }
  const office = await ctx.db.office.findUniqueOrThrow({ where: { id: officeId } });
  const r = await checkIn(ctx, { officeCode: office.code, key: `${app.number}`, language: input.language });
  return { application: app, ticket: r.ticket, appointment: r.appointment };
}

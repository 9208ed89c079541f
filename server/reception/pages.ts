/**
 * What reception's staff pages load, each page in one call (src/routes/staff/reception, desk):
 * the route parses its address and answers; the reads and their checks live here.
 */
import type { SessionUser } from '../auth/sessions';
import { requireRole } from '../auth/sessions';
import { DESK_ROLES, REGISTER_ROLES } from '../auth/roles';
import { officeToday } from '../calendar/rules/deadlines';
import { officeFacts } from '../offices';
import { activeServices, officeRooms, printingKiosks } from '../queue';
import type { Ctx } from '../realtime/context';
import { localClock } from '../shared/time';
import { receptionReader, workOffice } from './access';
import { applicationCard } from './applications';
import { listApplications, myTasks, type RegisterFilter } from './register';
import { receivingToday } from './same-day';
import { bookableSessions, monthView } from './schedule';
import { linkableAccounts, listOfficials } from './officials';

/** The sign-up register with "my tasks" (appeals, head; an official sees their own). */
export async function registerPage(ctx: Ctx, user: SessionUser | null, filter: RegisterFilter) {
  const reader = await receptionReader(ctx.db, user);
  const officeId = workOffice(reader.user);
  const [register, tasks, officials, office] = await Promise.all([
    listApplications(ctx, reader, filter),
    myTasks(ctx, reader),
    listOfficials(ctx.db, officeId),
    officeFacts(ctx.db, officeId)
  ]);
  return {
    register,
    tasks,
    officials,
    filter,
    channels: office.signupChannels,
    canRegister: reader.user.role === 'appeals'
  };
}

/** Registering an application (appeals staff): the officials one may ask for, the channels. */
export async function newApplicationPage(ctx: Ctx, user: SessionUser | null) {
  const officeId = workOffice(requireRole(user, REGISTER_ROLES));
  const [officials, office] = await Promise.all([listOfficials(ctx.db, officeId), officeFacts(ctx.db, officeId)]);
  return { officials: officials.filter((o) => o.active), channels: office.signupChannels };
}

/** A month of the reception schedule (this month by default): sessions, approval, absence. */
export async function schedulePage(ctx: Ctx, user: SessionUser | null, month: string | undefined) {
  const reader = await receptionReader(ctx.db, user);
  const officeId = workOffice(reader.user);
  const office = await officeFacts(ctx.db, officeId);
  const today = officeToday(ctx.now(), office.timeZone).toString();
  const [view, rooms, accounts] = await Promise.all([
    monthView(ctx, reader, month ?? today.slice(0, 7)),
    officeRooms(ctx.db, officeId),
    // Staff accounts an official can be linked to (their own room console).
    linkableAccounts(ctx.db, officeId)
  ]);
  return { view, rooms, accounts, today, officeCode: office.code, role: reader.user.role };
}

/** The applicant card (its view is logged) with the sessions it may be booked into. */
export async function applicationPage(ctx: Ctx, user: SessionUser | null, id: number) {
  const reader = await receptionReader(ctx.db, user);
  const card = await applicationCard(ctx, reader, id);
  const { timeZone } = await officeFacts(ctx.db, card.officeId);
  const today = officeToday(ctx.now(), timeZone).toString();
  const sessions = card.actions.some((a) => a === 'schedule' || a === 'reschedule')
    ? await bookableSessions(ctx.db, card.officeId, today, localClock(ctx.now(), timeZone))
    : [];
  return { card, sessions, today };
}

/** The registrar desk: the office's services, its printers, the officials receiving today. */
export async function deskPage(ctx: Ctx, user: SessionUser | null) {
  const officeId = workOffice(requireRole(user, DESK_ROLES));
  const [office, services, printers, receiving] = await Promise.all([
    officeFacts(ctx.db, officeId),
    activeServices(ctx.db, officeId),
    printingKiosks(ctx.db, officeId),
    receivingToday(ctx, officeId)
  ]);
  return { office: office.code, services, printers, receiving };
}

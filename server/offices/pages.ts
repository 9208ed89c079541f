/** Office-wide staff pages, each in one call: the working-day calendar and the voice clips. */
import type { SessionUser } from '../auth/sessions';
import { workOffice } from '../auth/scope';
import { clipList } from '../announce';
import { calendarYear } from '../calendar';
import { officeToday } from '../calendar/rules/deadlines';
import type { Ctx } from '../realtime/context';
import { DomainError } from '../shared/errors';
import { officeFacts, staffTimeZone } from './offices';

/** A year of the calendar (this year in the office's zone by default); administrators edit it. */
export async function calendarPage(ctx: Ctx, user: SessionUser | null, year: number | undefined) {
  if (!user) throw new DomainError('forbidden');
  const today = officeToday(ctx.now(), await staffTimeZone(ctx.db, user));
  return {
    view: await calendarYear(ctx.db, year ?? today.year),
    today: today.toString(),
    canEdit: user.role === 'admin'
  };
}

/** The office's voice clips: listen, replace with a recording, revert (administrators). */
export async function voicePage(ctx: Ctx, user: SessionUser | null, officeId: number | undefined) {
  if (!user) throw new DomainError('forbidden');
  const id = workOffice(user, officeId);
  const { code, nameKk, nameRu } = await officeFacts(ctx.db, id);
  return { office: { id, code, nameKk, nameRu }, clips: await clipList(ctx.db, user, id) };
}

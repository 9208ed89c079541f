import type { Ctx } from '../realtime/context';
import type { RequestEvent } from '@sveltejs/kit';
import { requireRole } from '../auth/sessions';
import { DomainError } from '../shared/errors';
import { ADMIN_ROLES, ROLES } from '../auth/roles';
import { calendarYear, removeCalendarDay, saveCalendarDay } from './calendar';
import { readBody } from '../http/respond';
import { calendarDayBody } from './schemas';

/** GET /api/v1/calendar/:year — any staff member (deadlines concern everyone). */
export async function getYear(ctx: Ctx, event: RequestEvent) {
  requireRole(event.locals.user, ROLES);
  const year = Number(event.params.year);
  if (!/^\d{4}$/.test(event.params.year ?? '')) throw new DomainError('bad_year');
  return calendarYear(ctx.db, year);
}

/** PUT /api/v1/calendar/days/:date — administrators. */
export async function putDay(ctx: Ctx, event: RequestEvent) {
  requireRole(event.locals.user, ADMIN_ROLES);
  const body = await readBody(event, calendarDayBody);
  return saveCalendarDay(ctx, event.locals.user, event.params.date ?? '', body);
}

/** DELETE /api/v1/calendar/days/:date — administrators. */
export async function deleteDay(ctx: Ctx, event: RequestEvent) {
  await removeCalendarDay(ctx, event.locals.user, event.params.date ?? '');
  return { ok: true };
}

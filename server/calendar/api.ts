import type { RequestEvent } from '@sveltejs/kit';
import { requireRole } from '../auth/sessions';
import { DomainError } from '../shared/errors';
import { ADMIN_ROLES, ROLES } from '../auth/roles';
import { calendarYear, removeCalendarDay, saveCalendarDay } from './calendar';
import { appCtx } from '../app';
import { readBody } from '../http/respond';
import { calendarDayBody } from './schemas';

/** GET /api/v1/calendar/:year — any staff member (deadlines concern everyone). */
export async function getYear(event: RequestEvent) {
  requireRole(event.locals.user, ROLES);
  const year = Number(event.params.year);
  if (!/^\d{4}$/.test(event.params.year ?? '')) throw new DomainError('bad_year');
  return calendarYear((await appCtx()).db, year);
}

/** PUT /api/v1/calendar/days/:date — administrators. */
export async function putDay(event: RequestEvent) {
  requireRole(event.locals.user, ADMIN_ROLES);
  const body = await readBody(event, calendarDayBody);
  return saveCalendarDay(await appCtx(), event.locals.user, event.params.date ?? '', body);
}

/** DELETE /api/v1/calendar/days/:date — administrators. */
export async function deleteDay(event: RequestEvent) {
  await removeCalendarDay(await appCtx(), event.locals.user, event.params.date ?? '');
  return { ok: true };
}

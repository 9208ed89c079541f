import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage } from '$server/http/respond';
import { officeToday } from '$server/calendar/rules/deadlines';
import { DEFAULT_TIME_ZONE } from '$server/shared/time';
import { calendarYear } from '$server/calendar/calendar';

/** Every staff member sees the calendar (deadlines hang on it); administrators edit it. */
export const load: PageServerLoad = async ({ locals, url }) => {
  const { db, now } = await appCtx();
  const asked = url.searchParams.get('year');
  const office = locals.user!.officeId ? await db.office.findUnique({ where: { id: locals.user!.officeId } }) : null;
  const today = officeToday(now(), office?.timeZone ?? DEFAULT_TIME_ZONE);
  const year = asked ? Number(asked) : today.year;
  return {
    view: await orErrorPage(() => calendarYear(db, year)),
    today: today.toString(),
    canEdit: locals.user!.role === 'admin'
  };
};

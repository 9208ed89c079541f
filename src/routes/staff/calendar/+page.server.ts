import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage } from '$server/http/respond';
import { calendarPage } from '$server/offices';

/** Every staff member sees the calendar (deadlines hang on it); administrators edit it. */
export const load: PageServerLoad = ({ locals, url }) =>
  orErrorPage(async () => {
    const asked = url.searchParams.get('year');
    return calendarPage(await appCtx(), locals.user, asked ? Number(asked) : undefined);
  });

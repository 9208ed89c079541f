import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage, parse } from '$server/http/respond';
import { monthParam } from '$server/reception';
import { schedulePage } from '$server/reception';

/** A month of the reception schedule: sessions, approval, absence. */
export const load: PageServerLoad = ({ locals, url }) =>
  orErrorPage(async () => {
    const month = url.searchParams.get('month');
    return schedulePage(await appCtx(), locals.user, month === null ? undefined : parse(monthParam, month));
  });

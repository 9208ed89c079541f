import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage, parse, queryOf } from '$server/http/respond';
import { registerQuery } from '$server/reception';
import { registerPage } from '$server/reception';

/** The sign-up register with "my tasks" (appeals, head; an official sees their own). */
export const load: PageServerLoad = ({ locals, url }) =>
  orErrorPage(async () => {
    const { lang: _l, ...filter } = parse(registerQuery, queryOf(url));
    return registerPage(await appCtx(), locals.user, filter);
  });

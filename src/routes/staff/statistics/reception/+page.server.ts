import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage, parse, queryOf } from '$server/http/respond';
import { receptionQuery, receptionStatistics } from '$server/statistics';

/** Reception statistics (issue 23): the last ninety days unless the form asks for a period. */
export const load: PageServerLoad = ({ locals, url }) =>
  orErrorPage(async () => {
    const { lang: _l, ...q } = parse(receptionQuery, queryOf(url));
    return { view: await receptionStatistics(await appCtx(), locals.user, q) };
  });

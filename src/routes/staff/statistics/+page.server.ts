import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage, parse, queryOf } from '$server/http/respond';
import { hallQuery, hallStatistics } from '$server/statistics';

/** The hall's statistics (issue 23): the last thirty days unless the form asks for a period. */
export const load: PageServerLoad = ({ locals, url }) =>
  orErrorPage(async () => {
    const { lang: _l, ...q } = parse(hallQuery, queryOf(url));
    return { view: await hallStatistics(await appCtx(), locals.user, q) };
  });

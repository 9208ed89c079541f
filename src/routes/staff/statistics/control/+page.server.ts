import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage, parse, queryOf } from '$server/http/respond';
import { controlQuery, controlStatistics } from '$server/statistics';

/** Control statistics (issue 23): the last ninety days unless the form asks for a period. */
export const load: PageServerLoad = ({ locals, url }) =>
  orErrorPage(async () => {
    const { lang: _l, ...q } = parse(controlQuery, queryOf(url));
    return { view: await controlStatistics(await appCtx(), locals.user, q) };
  });

import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { parse, queryOf } from '$server/http/respond';
import { receptionQuery, receptionStatistics } from '$server/statistics';

/** Reception statistics for a period (head, appeals department): the figures its page shows. */
export const GET: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    const { lang: _l, ...q } = parse(receptionQuery, queryOf(event.url));
    return receptionStatistics(ctx, event.locals.user, q);
  });

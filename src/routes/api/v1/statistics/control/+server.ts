import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { parse, queryOf } from '$server/http/respond';
import { controlQuery, controlStatistics } from '$server/statistics';

/** Control statistics for a period (head, appeals department): the figures its page shows. */
export const GET: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    const { lang: _l, ...q } = parse(controlQuery, queryOf(event.url));
    return controlStatistics(ctx, event.locals.user, q);
  });

import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { parse, queryOf } from '$server/http/respond';
import { hallQuery, hallStatistics } from '$server/statistics';

/** The hall's statistics for a period (head, administrator): the figures the statistics page shows. */
export const GET: RequestHandler = (event) =>
  answer(event, async (ctx) => hallStatistics(ctx, event.locals.user, parse(hallQuery, queryOf(event.url))));

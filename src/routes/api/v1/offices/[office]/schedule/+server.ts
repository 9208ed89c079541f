import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { parse, queryOf } from '$server/http/respond';
import { publicScheduleQuery } from '$server/reception';
import { publicSchedule } from '$server/reception';

/** The published reception schedule for the website (public: officials only, no applicant). */
export const GET: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    const { from, to } = parse(publicScheduleQuery, queryOf(event.url));
    return publicSchedule(ctx.db, event.params.office, ctx.now(), from, to);
  });

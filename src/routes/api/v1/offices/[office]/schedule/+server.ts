import type { RequestHandler } from './$types';
import { appCtx } from '$server/app';
import { api, parse, queryOf } from '$server/http/respond';
import { publicScheduleQuery } from '$server/reception/schemas';
import { publicSchedule } from '$server/reception/public-schedule';

/** The published reception schedule for the website (public: officials only, no applicant). */
export const GET: RequestHandler = (event) =>
  api(event, async () => {
    const { from, to } = parse(publicScheduleQuery, queryOf(event.url));
    const ctx = await appCtx();
    return publicSchedule(ctx.db, event.params.office, ctx.now(), from, to);
  });

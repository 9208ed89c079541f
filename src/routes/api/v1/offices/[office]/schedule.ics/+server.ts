import type { RequestHandler } from './$types';
import { appCtx } from '$server/app';
import { api, parse, queryOf } from '$server/http/respond';
import { publicScheduleQuery } from '$server/reception/schemas';
import { publicSchedule, scheduleIcs } from '$server/reception/public-schedule';

/** The published schedule as iCalendar, one language per file (?lang=kk|ru, Kazakh by default). */
export const GET: RequestHandler = (event) =>
  api(event, async () => {
    const { from, to, lang } = parse(publicScheduleQuery, queryOf(event.url));
    const ctx = await appCtx();
    const body = scheduleIcs(await publicSchedule(ctx.db, event.params.office, ctx.now(), from, to), lang ?? 'kk');
    return new Response(body, {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="schedule-${event.params.office}-${lang ?? 'kk'}.ics"`
      }
    });
  });

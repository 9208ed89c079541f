import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { parse, queryOf } from '$server/http/respond';
import { publicScheduleQuery } from '$server/reception';
import { publicSchedule, scheduleIcs } from '$server/reception';

/** The published schedule as iCalendar, one language per file (?lang=kk|ru, Kazakh by default). */
export const GET: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    const { from, to, lang } = parse(publicScheduleQuery, queryOf(event.url));
    const body = scheduleIcs(await publicSchedule(ctx.db, event.params.office, ctx.now(), from, to), lang ?? 'kk');
    return new Response(body, {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="schedule-${event.params.office}-${lang ?? 'kk'}.ics"`
      }
    });
  });

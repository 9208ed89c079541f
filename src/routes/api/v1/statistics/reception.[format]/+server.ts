import type { RequestHandler } from './$types';
import { z } from 'zod';
import { answer } from '$server/app';
import { fileResponse, parse, queryOf } from '$server/http/respond';
import { receptionQuery, receptionReport } from '$server/statistics';

const format = z.enum(['xlsx', 'pdf']);

/** GET /statistics/reception.xlsx|pdf?lang=kk|ru&from=&to=&… — the page's figures as a file, one language per file. */
export const GET: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    const { lang, ...q } = parse(receptionQuery, queryOf(event.url));
    const file = await receptionReport(ctx, event.locals.user, q, lang ?? 'kk', parse(format, event.params.format));
    return fileResponse(file, file.mime);
  });

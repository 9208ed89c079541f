import type { RequestHandler } from './$types';
import { z } from 'zod';
import { answer } from '$server/app';
import { fileResponse, parse, queryOf } from '$server/http/respond';
import { controlQuery, controlReport } from '$server/statistics';

const format = z.enum(['xlsx', 'pdf']);

/** GET /statistics/control.xlsx|pdf?lang=kk|ru&from=&to=&… — the page's figures as a file, one language per file. */
export const GET: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    const { lang, ...q } = parse(controlQuery, queryOf(event.url));
    const file = await controlReport(ctx, event.locals.user, q, lang ?? 'kk', parse(format, event.params.format));
    return fileResponse(file, file.mime);
  });

import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { fileResponse, idParam, parse } from '$server/http/respond';
import { DOCUMENT_MIME } from '$server/documents';
import { documentQuery } from '$server/reception';
import { receptionReader } from '$server/reception';
import { finalListFile } from '$server/reception';

/** GET …/final-list.docx|pdf?lang=kk|ru — one language per file (000 ¶99). */
export const GET: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    const { format, lang } = parse(documentQuery, {
      format: event.params.format,
      lang: event.url.searchParams.get('lang') ?? 'kk'
    });
    const file = await finalListFile(
      ctx,
      await receptionReader(ctx.db, event.locals.user),
      idParam(event.params.id, 'unknown_session'),
      lang,
      format
    );
    return fileResponse(file, DOCUMENT_MIME[format]);
  });

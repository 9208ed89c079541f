import type { RequestHandler } from './$types';
import { appCtx } from '$server/app';
import { api, fileResponse, idParam, parse } from '$server/http/respond';
import { DOCUMENT_MIME } from '$server/documents/model';
import { documentQuery } from '$server/reception/schemas';
import { receptionReader } from '$server/reception/access';
import { finalListFile } from '$server/reception/final-list';

/** GET …/final-list.docx|pdf?lang=kk|ru — one language per file (000 ¶99). */
export const GET: RequestHandler = (event) =>
  api(event, async () => {
    const { format, lang } = parse(documentQuery, {
      format: event.params.format,
      lang: event.url.searchParams.get('lang') ?? 'kk'
    });
    const ctx = await appCtx();
    const file = await finalListFile(
      ctx,
      await receptionReader(ctx.db, event.locals.user),
      idParam(event.params.id, 'unknown_session'),
      lang,
      format
    );
    return fileResponse(file, DOCUMENT_MIME[format]);
  });

import type { Ctx } from '../realtime/context';
import type { RequestEvent } from '@sveltejs/kit';
import { clipFile, clipList, replaceClip, revertClip } from './clips';
import { MAX_CLIP_BYTES } from './rules/audio';
import { idParam, readFile } from '../http/respond';

/** GET /api/v1/voice/:office/:lang/:key — a clip for the boards; revalidated by ETag, so a replaced one is heard at once. */
export async function voiceClip(ctx: Ctx, event: RequestEvent): Promise<Response> {
  const { db } = ctx;
  const clip = await clipFile(db, event.params.office ?? '', event.params.lang ?? '', event.params.key ?? '');
  const headers = { etag: clip.etag, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
  if (event.request.headers.get('if-none-match') === clip.etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(clip.body), { headers: { ...headers, 'content-type': clip.mime } });
}

/** GET /api/v1/admin/voice?officeId= */
export async function voiceList(ctx: Ctx, event: RequestEvent) {
  const { db } = ctx;
  return clipList(
    db,
    event.locals.user,
    idParam(event.url.searchParams.get('officeId') ?? undefined, 'unknown_office')
  );
}

/** PUT (the recording as the raw body) and DELETE /api/v1/admin/voice/:officeId/:lang/:key */
export async function voiceReplace(ctx: Ctx, event: RequestEvent) {
  const officeId = idParam(event.params.officeId, 'unknown_office');
  return replaceClip(
    ctx,
    event.locals.user,
    officeId,
    event.params.lang ?? '',
    event.params.key ?? '',
    await readFile(event, MAX_CLIP_BYTES)
  );
}

export async function voiceRevert(ctx: Ctx, event: RequestEvent) {
  return revertClip(
    ctx,
    event.locals.user,
    idParam(event.params.officeId, 'unknown_office'),
    event.params.lang ?? '',
    event.params.key ?? ''
  );
}

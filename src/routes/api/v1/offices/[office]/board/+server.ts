import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { appCtx } from '$server/http/app';
import { boardSnapshot } from '$server/queue/board';

export const GET: RequestHandler = (event) =>
  api(event, async () => {
    const ctx = await appCtx();
    return boardSnapshot(ctx.db, event.params.office, ctx.now());
  });

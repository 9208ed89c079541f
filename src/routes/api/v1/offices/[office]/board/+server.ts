import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { appCtx } from '$server/app';
import { boardSnapshot } from '$server/board/snapshot';

export const GET: RequestHandler = (event) =>
  api(event, async () => {
    const ctx = await appCtx();
    return boardSnapshot(ctx.db, event.params.office, ctx.now());
  });

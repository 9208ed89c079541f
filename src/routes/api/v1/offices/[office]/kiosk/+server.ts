import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { appCtx } from '$server/app';
import { kioskInfo } from '$server/offices/offices';

export const GET: RequestHandler = (event) =>
  api(event, async () => {
    const ctx = await appCtx();
    return kioskInfo(ctx.db, event.params.office, ctx.now());
  });

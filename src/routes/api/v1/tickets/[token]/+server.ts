import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { appCtx } from '$server/app';
import { publicTicketView } from '$server/queue/ticket-view';

export const GET: RequestHandler = (event) =>
  api(event, async () => {
    const ctx = await appCtx();
    return publicTicketView(ctx.db, event.params.token, ctx.now());
  });

import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { appCtx } from '$server/http/app';
import { ticketView } from '$server/queue/tickets';

export const GET: RequestHandler = (event) =>
  api(event, async () => {
    const ctx = await appCtx();
    return ticketView(ctx.db, event.params.token, ctx.now());
  });

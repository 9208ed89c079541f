import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { publicTicketView } from '$server/queue';

export const GET: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    return publicTicketView(ctx.db, event.params.token, ctx.now());
  });

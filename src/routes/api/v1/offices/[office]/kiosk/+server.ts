import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { kioskInfo } from '$server/offices';

export const GET: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    return kioskInfo(ctx.db, event.params.office, ctx.now());
  });

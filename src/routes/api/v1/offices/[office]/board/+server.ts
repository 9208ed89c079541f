import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { boardSnapshot } from '$server/board';

export const GET: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    return boardSnapshot(ctx.db, event.params.office, ctx.now());
  });

import type { RequestHandler } from './$types';
import { idParam } from '$server/http/respond';
import { answer } from '$server/app';
import { acknowledgeHelp } from '$server/queue';

/** POST /api/v1/help/:id — "I am coming". */
export const POST: RequestHandler = (event) =>
  answer(event, async (ctx) => acknowledgeHelp(ctx, event.locals.user, idParam(event.params.id, 'unknown_help')));

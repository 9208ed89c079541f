import type { RequestHandler } from './$types';
import { api, idParam } from '$server/http/respond';
import { appCtx } from '$server/app';
import { acknowledgeHelp } from '$server/queue/help';

/** POST /api/v1/help/:id — "I am coming". */
export const POST: RequestHandler = (event) =>
  api(event, async () => acknowledgeHelp(await appCtx(), event.locals.user, idParam(event.params.id, 'unknown_help')));

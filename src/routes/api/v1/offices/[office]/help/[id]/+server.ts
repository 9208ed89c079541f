import type { RequestHandler } from './$types';
import { idParam } from '$server/http/respond';
import { answer } from '$server/app';
import { helpState } from '$server/queue';

/** GET — whether a staff member is on the way (the kiosk asks while it says "we called someone"). */
export const GET: RequestHandler = (event) =>
  answer(event, async (ctx) => helpState(ctx, event.params.office, idParam(event.params.id, 'unknown_help')));

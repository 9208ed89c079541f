import type { RequestHandler } from './$types';
import { api, idParam } from '$server/http/respond';
import { appCtx } from '$server/app';
import { helpState } from '$server/queue/help';

/** GET — whether a staff member is on the way (the kiosk asks while it says "we called someone"). */
export const GET: RequestHandler = (event) =>
  api(event, async () => helpState(await appCtx(), event.params.office, idParam(event.params.id, 'unknown_help')));

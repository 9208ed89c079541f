import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { appCtx } from '$server/app';
import { openHelp } from '$server/queue/help';

/** GET /api/v1/help — open calls for help in the staff member's offices. */
export const GET: RequestHandler = (event) => api(event, async () => openHelp(await appCtx(), event.locals.user));

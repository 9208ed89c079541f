import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { openHelp } from '$server/queue';

/** GET /api/v1/help — open calls for help in the staff member's offices. */
export const GET: RequestHandler = (event) => answer(event, async (ctx) => openHelp(ctx, event.locals.user));

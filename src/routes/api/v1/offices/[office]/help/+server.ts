import type { RequestHandler } from './$types';
import { api, readBody } from '$server/http/respond';
import { appCtx } from '$server/http/app';
import { helpBody } from '$server/http/schemas';
import { requestHelp } from '$server/queue/help';

/** POST /api/v1/offices/:office/help — "I need help" at a kiosk: every console of the office is told at once. */
export const POST: RequestHandler = (event) =>
  api(event, async () => requestHelp(await appCtx(), event.params.office, await readBody(event, helpBody)), 201);

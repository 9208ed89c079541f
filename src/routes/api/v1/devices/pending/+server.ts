import type { RequestHandler } from './$types';
import { ADMIN_ROLES } from '$server/auth/roles';
import { requireRole } from '$server/auth/sessions';
import { clearPending } from '$server/devices/console';
import { appCtx } from '$server/app';
import { api } from '$server/http/respond';

/** Clear the codes the office's unpaired screens are showing. */
export const DELETE: RequestHandler = (event) =>
  api(event, async () => clearPending(await appCtx(), requireRole(event.locals.user, ADMIN_ROLES)));

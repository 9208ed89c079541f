import type { RequestHandler } from './$types';
import { ADMIN_ROLES } from '$server/auth/roles';
import { requireRole } from '$server/auth/sessions';
import { clearPending } from '$server/devices/console';
import { appCtx } from '$server/app';
import { api, readBody } from '$server/http/respond';
import { clearPendingBody } from '$server/devices/schemas';

/** Clear the codes an office's unpaired screens are showing (`{ officeId }`). */
export const DELETE: RequestHandler = (event) =>
  api(event, async () => {
    const admin = requireRole(event.locals.user, ADMIN_ROLES);
    const { officeId } = await readBody(event, clearPendingBody);
    return clearPending(await appCtx(), admin, officeId);
  });

import type { RequestHandler } from './$types';
import { ADMIN_ROLES } from '$server/auth/roles';
import { requireRole } from '$server/auth/sessions';
import { clearPending } from '$server/devices';
import { answer } from '$server/app';
import { readBody } from '$server/http/respond';
import { clearPendingBody } from '$server/devices';

/** Clear the codes an office's unpaired screens are showing (`{ officeId }`). */
export const DELETE: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    const admin = requireRole(event.locals.user, ADMIN_ROLES);
    const { officeId } = await readBody(event, clearPendingBody);
    return clearPending(ctx, admin, officeId);
  });

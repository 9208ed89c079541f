import type { RequestHandler } from './$types';
import { requireRole } from '$server/auth/sessions';
import { WINDOW_ROLES } from '$server/auth/roles';
import { api, idParam } from '$server/http/respond';
import { appCtx } from '$server/app';
import { windowConsole } from '$server/queue/windows';

export const GET: RequestHandler = (event) =>
  api(event, async () => {
    const user = requireRole(event.locals.user, WINDOW_ROLES);
    return windowConsole(await appCtx(), idParam(event.params.id, 'unknown_window'), user);
  });

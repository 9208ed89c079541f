import type { RequestHandler } from './$types';
import { requireRole } from '$server/auth/sessions';
import { WINDOW_ROLES } from '$server/auth/roles';
import { idParam } from '$server/http/respond';
import { answer } from '$server/app';
import { windowConsole } from '$server/queue';

export const GET: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    const user = requireRole(event.locals.user, WINDOW_ROLES);
    return windowConsole(ctx, idParam(event.params.id, 'unknown_window'), user);
  });

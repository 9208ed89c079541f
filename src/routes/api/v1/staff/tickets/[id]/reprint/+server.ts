import type { RequestHandler } from './$types';
import { requireRole } from '$server/auth/sessions';
import { ROLES } from '$server/auth/roles';
import { appCtx } from '$server/app';
import { api, idParam, readBody } from '$server/http/respond';
import { reprintBody } from '$server/queue/schemas';
import { reprintTicket } from '$server/queue/ticket-printing';

/** Reprint a ticket (any staff member: the visitor is at the desk). */
export const POST: RequestHandler = (event) =>
  api(event, async () => {
    const user = requireRole(event.locals.user, ROLES);
    const { kioskId } = await readBody(event, reprintBody);
    const ctx = await appCtx();
    return {
      print: await reprintTicket(
        ctx,
        idParam(event.params.id, 'unknown_ticket'),
        kioskId ?? null,
        event.url.origin,
        user
      )
    };
  });

import type { RequestHandler } from './$types';
import { requireRole } from '$server/auth/sessions';
import { ROLES } from '$server/auth/roles';
import { answer } from '$server/app';
import { idParam, readBody } from '$server/http/respond';
import { reprintBody } from '$server/queue';
import { reprintTicket } from '$server/queue';

/** Reprint a ticket (any staff member: the visitor is at the desk). */
export const POST: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    const user = requireRole(event.locals.user, ROLES);
    const { kioskId } = await readBody(event, reprintBody);
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

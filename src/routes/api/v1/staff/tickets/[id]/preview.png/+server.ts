import type { RequestHandler } from './$types';
import { requireRole } from '$server/auth/sessions';
import { ROLES } from '$server/auth/roles';
import { answer } from '$server/app';
import { idParam } from '$server/http/respond';
import { ticketPreview } from '$server/queue';

/** The ticket exactly as it prints (?paper=80|58), as a PNG. */
export const GET: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    const user = requireRole(event.locals.user, ROLES);
    const paper = event.url.searchParams.get('paper') === '58' ? 58 : 80;
    const png = await ticketPreview(ctx, idParam(event.params.id, 'unknown_ticket'), paper, event.url.origin, user);
    return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png', 'cache-control': 'no-store' } });
  });

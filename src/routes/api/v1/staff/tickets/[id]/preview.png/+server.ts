import type { RequestHandler } from './$types';
import { requireRole } from '$server/auth/sessions';
import { ROLES } from '$server/auth/roles';
import { appCtx } from '$server/app';
import { api, idParam } from '$server/http/respond';
import { ticketPreview } from '$server/queue/ticket-printing';

/** The ticket exactly as it prints (?paper=80|58), as a PNG. */
export const GET: RequestHandler = (event) =>
  api(event, async () => {
    const user = requireRole(event.locals.user, ROLES);
    const paper = event.url.searchParams.get('paper') === '58' ? 58 : 80;
    const png = await ticketPreview(
      await appCtx(),
      idParam(event.params.id, 'unknown_ticket'),
      paper,
      event.url.origin,
      user
    );
    return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png', 'cache-control': 'no-store' } });
  });

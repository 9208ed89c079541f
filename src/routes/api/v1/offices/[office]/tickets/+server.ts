import type { RequestHandler } from './$types';
import { api, readBody } from '$server/http/respond';
import { appCtx } from '$server/http/app';
import { issueTicketBody } from '$server/http/schemas';
import { printTicket } from '$server/printing';
import { issueTicket } from '$server/services/tickets';

/** Issue a ticket (kiosk). 201 for a new ticket, 200 when the idempotency key was seen before. */
export const POST: RequestHandler = (event) =>
  api(event, async () => {
    const body = await readBody(event, issueTicketBody);
    const ctx = await appCtx();
    const { ticket, created } = await issueTicket(ctx, { ...body, officeCode: event.params.office });
    const print = created ? await printTicket(ticket, `${event.url.origin}/t/${ticket.token}`) : { status: 'skipped' as const };
    return new Response(JSON.stringify({ ticket, created, print }), {
      status: created ? 201 : 200,
      headers: { 'content-type': 'application/json' }
    });
  });

import type { RequestHandler } from './$types';
import { readBody } from '$server/http/respond';
import { answer } from '$server/app';
import { issueTicketBody } from '$server/queue';
import { printForIssue } from '$server/queue';
import { issueTicket } from '$server/queue';
import { issuingKiosk } from '$server/devices';
import { DEVICE_COOKIE } from '$server/devices/rules/devices';

/**
 * Issue a ticket (kiosk). 201 for a new ticket, 200 when the idempotency key was seen before.
 * The ticket exists before printing starts; `print` says whether the paper came out. The printer
 * is the one the kiosk screen was paired with; an unpaired screen issues only where the office allows it.
 */
export const POST: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    const body = await readBody(event, issueTicketBody);
    const kiosk = await issuingKiosk(ctx, event.params.office, event.cookies.get(DEVICE_COOKIE.KIOSK));
    const issued = await issueTicket(ctx, { ...body, kiosk, officeCode: event.params.office });
    const { ticket, created } = issued;
    // Whatever goes wrong with the printer, the ticket stands and is answered; a retry prints
    // a ticket whose print never happened.
    const print = await printForIssue(ctx, issued, event.url.origin);
    return new Response(JSON.stringify({ ticket, created, print }), {
      status: created ? 201 : 200,
      headers: { 'content-type': 'application/json' }
    });
  });

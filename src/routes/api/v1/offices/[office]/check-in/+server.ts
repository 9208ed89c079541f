import type { RequestHandler } from './$types';
import { appCtx } from '$server/http/app';
import { api, readBody } from '$server/http/respond';
import { checkInBody } from '$server/http/reception-schemas';
import { printSafely } from '$server/printing/kiosk-printing';
import { checkIn } from '$server/reception/check-in';

/**
 * Check in for today's personal-reception appointment (kiosk): the ticket bound to it, printed
 * like any ticket, and where to go. 201 for a new ticket, 200 for one issued before.
 */
export const POST: RequestHandler = (event) =>
  api(event, async () => {
    const body = await readBody(event, checkInBody);
    const ctx = await appCtx();
    const { ticket, created, id, kioskId, appointment } = await checkIn(ctx, { ...body, officeCode: event.params.office });
    // A second visit prints the same ticket again: the visitor may have lost the first.
    const print = await printSafely(ctx, id, kioskId, event.url.origin);
    return new Response(JSON.stringify({ ticket, created, print, appointment }), { status: created ? 201 : 200, headers: { 'content-type': 'application/json' } });
  });

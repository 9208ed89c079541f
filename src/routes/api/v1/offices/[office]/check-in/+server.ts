import type { RequestHandler } from './$types';
import { appCtx } from '$server/app';
import { api, readBody } from '$server/http/respond';
import { checkInBody } from '$server/reception/schemas';
import { printSafely } from '$server/queue/ticket-printing';
import { checkIn } from '$server/reception/check-in';
import { issuingKiosk } from '$server/devices/screens';
import { DEVICE_COOKIE } from '$server/devices/rules/devices';

/**
 * Check in for today's personal-reception appointment (kiosk): the ticket bound to it, printed
 * like any ticket, and where to go. 201 for a new ticket, 200 for one issued before.
 */
export const POST: RequestHandler = (event) =>
  api(event, async () => {
    const body = await readBody(event, checkInBody);
    const ctx = await appCtx();
    const kiosk = await issuingKiosk(ctx, event.params.office, event.cookies.get(DEVICE_COOKIE.KIOSK));
    const { ticket, created, id, kioskId, appointment } = await checkIn(ctx, {
      ...body,
      kiosk,
      officeCode: event.params.office
    });
    // A second visit prints the same ticket again: the visitor may have lost the first.
    const print = await printSafely(ctx, id, kioskId, event.url.origin);
    return new Response(JSON.stringify({ ticket, created, print, appointment }), {
      status: created ? 201 : 200,
      headers: { 'content-type': 'application/json' }
    });
  });

import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { readBody } from '$server/http/respond';
import { checkInBody } from '$server/reception';
import { printSafely } from '$server/queue';
import { kioskCheckIn } from '$server/reception';
import { DEVICE_COOKIE } from '$server/devices/rules/devices';

/**
 * Check in for today's personal-reception appointment at a paired kiosk: `confirm: false` says when
 * and where the visitor is expected (nothing queued); `confirm: true` gives the ticket bound to it,
 * printed like any ticket — 201 for a new one, 200 for one issued before.
 */
export const POST: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    const body = await readBody(event, checkInBody);
    const r = await kioskCheckIn(ctx, {
      ...body,
      officeCode: event.params.office,
      deviceToken: event.cookies.get(DEVICE_COOKIE.KIOSK),
      address: event.getClientAddress()
    });
    if (!('ticket' in r)) return r;
    // A second visit prints the same ticket again: the visitor may have lost the first.
    const print = await printSafely(ctx, r.id, r.kioskId, event.url.origin);
    return new Response(JSON.stringify({ ticket: r.ticket, created: r.created, print, appointment: r.appointment }), {
      status: r.created ? 201 : 200,
      headers: { 'content-type': 'application/json' }
    });
  });

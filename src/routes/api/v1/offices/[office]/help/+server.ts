import type { RequestHandler } from './$types';
import { readBody } from '$server/http/respond';
import { answer } from '$server/app';
import { helpBody } from '$server/queue';
import { requestHelp } from '$server/queue';
import { screenAccess } from '$server/devices';
import { DEVICE_COOKIE } from '$server/devices/rules/devices';

/**
 * POST /api/v1/offices/:office/help — "I need help" at a kiosk: every console of the office is told
 * at once, with the paired screen's name so staff know where to go.
 */
export const POST: RequestHandler = (event) =>
  answer(
    event,
    async (ctx) => {
      const { language } = await readBody(event, helpBody);
      const { device } = await screenAccess(ctx, event.params.office, 'KIOSK', event.cookies.get(DEVICE_COOKIE.KIOSK));
      return requestHelp(ctx, event.params.office, { deviceId: device?.id ?? null, language });
    },
    201
  );

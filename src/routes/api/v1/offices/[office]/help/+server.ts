import type { RequestHandler } from './$types';
import { api, readBody } from '$server/http/respond';
import { appCtx } from '$server/app';
import { helpBody } from '$server/queue/schemas';
import { requestHelp } from '$server/queue/help';
import { screenAccess } from '$server/devices/screens';
import { DEVICE_COOKIE } from '$server/devices/rules/devices';

/**
 * POST /api/v1/offices/:office/help — "I need help" at a kiosk: every console of the office is told
 * at once, with the paired screen's name so staff know where to go.
 */
export const POST: RequestHandler = (event) =>
  api(
    event,
    async () => {
      const { language } = await readBody(event, helpBody);
      const ctx = await appCtx();
      const { device } = await screenAccess(ctx, event.params.office, 'KIOSK', event.cookies.get(DEVICE_COOKIE.KIOSK));
      return requestHelp(ctx, event.params.office, { deviceId: device?.id ?? null, language });
    },
    201
  );

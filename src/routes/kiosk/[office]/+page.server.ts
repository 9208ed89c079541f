import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { screenPage } from '$server/devices';
import { orErrorPage } from '$server/http/respond';
import { kioskInfo } from '$server/offices';

/** The kiosk, or its pairing code (server/http/devices.ts screenPage). */
export const load: PageServerLoad = async (event) => {
  const ctx = await appCtx();
  const info = await orErrorPage(() => kioskInfo(ctx.db, event.params.office, ctx.now()));
  return { info, ...(await screenPage(ctx, event, event.params.office, 'KIOSK')) };
};

import type { PageServerLoad } from './$types';
import { appCtx } from '$server/http/app';
import { orErrorPage } from '$server/http/respond';
import { boardSnapshot } from '$server/queue/board';
import { screenAccess } from '$server/devices/screens';
import { DEVICE_COOKIE } from '$server/devices/rules/devices';

/** The hall board, or its pairing code when the screen is not paired (and the office wants it paired, or ?pair asks). */
export const load: PageServerLoad = async ({ params, cookies, url }) => {
  const ctx = await appCtx();
  const snapshot = await orErrorPage(() => boardSnapshot(ctx.db, params.office, ctx.now()));
  const access = await orErrorPage(() => screenAccess(ctx, params.office, 'BOARD', cookies.get(DEVICE_COOKIE.BOARD)));
  return { snapshot, paired: access.device !== null, pairing: url.searchParams.has('pair') || (!access.device && !access.open) };
};

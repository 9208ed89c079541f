import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { screenPage } from '$server/devices';
import { orErrorPage } from '$server/http/respond';
import { boardSnapshot } from '$server/board';

/** The hall board, or its pairing code (server/http/devices.ts screenPage). */
export const load: PageServerLoad = async (event) => {
  const ctx = await appCtx();
  const snapshot = await orErrorPage(() => boardSnapshot(ctx.db, event.params.office, ctx.now()));
  return { snapshot, ...(await screenPage(ctx, event, event.params.office, 'BOARD')) };
};

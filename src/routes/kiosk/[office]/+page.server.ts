import type { PageServerLoad } from './$types';
import { appCtx } from '$server/http/app';
import { orErrorPage } from '$server/http/respond';
import { kioskInfo } from '$server/offices/offices';

export const load: PageServerLoad = async ({ params }) => {
  const ctx = await appCtx();
  return { info: await orErrorPage(() => kioskInfo(ctx.db, params.office, ctx.now())) };
};

import type { PageServerLoad } from './$types';
import { appCtx } from '$server/http/app';
import { orErrorPage } from '$server/http/respond';
import { boardSnapshot } from '$server/queue/board';

export const load: PageServerLoad = async ({ params }) => {
  const ctx = await appCtx();
  return { snapshot: await orErrorPage(() => boardSnapshot(ctx.db, params.office, ctx.now())) };
};

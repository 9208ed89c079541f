import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage } from '$server/http/respond';
import { publicSchedule } from '$server/reception';

export const load: PageServerLoad = async ({ params, locals }) => {
  const ctx = await appCtx();
  return { schedule: await orErrorPage(() => publicSchedule(ctx.db, params.office, ctx.now())), lang: locals.lang };
};

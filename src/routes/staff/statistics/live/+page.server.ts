import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage } from '$server/http/respond';
import { liveHall } from '$server/statistics';

/** The hall now, for its supervisor (issue 23); the page reads it again on every hall event. */
export const load: PageServerLoad = ({ locals }) =>
  orErrorPage(async () => ({ live: await liveHall(await appCtx(), locals.user) }));

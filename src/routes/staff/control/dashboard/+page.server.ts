import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage } from '$server/http/respond';
import { controlReader } from '$server/control';
import { dashboard } from '$server/control';

export const load: PageServerLoad = ({ locals }) =>
  orErrorPage(async () => ({ board: await dashboard(await appCtx(), controlReader(locals.user)) }));

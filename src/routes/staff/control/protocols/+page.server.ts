import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage } from '$server/http/respond';
import { protocolList } from '$server/control';

export const load: PageServerLoad = ({ locals }) =>
  orErrorPage(async () => ({ list: await protocolList(await appCtx(), locals.user) }));

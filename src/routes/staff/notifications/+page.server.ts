import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage } from '$server/http/respond';
import { listNotifications } from '$server/control';

export const load: PageServerLoad = ({ locals }) =>
  orErrorPage(async () => ({ list: await listNotifications(await appCtx(), locals.user) }));

import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage } from '$server/http/respond';
import { roomToday } from '$server/reception';

/** The official's room on a reception day. */
export const load: PageServerLoad = ({ locals }) =>
  orErrorPage(async () => ({ room: await roomToday(await appCtx(), locals.user!) }));

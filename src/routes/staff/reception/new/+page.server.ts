import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage } from '$server/http/respond';
import { newApplicationPage } from '$server/reception';

/** Registering an application (appeals staff). */
export const load: PageServerLoad = ({ locals }) =>
  orErrorPage(async () => newApplicationPage(await appCtx(), locals.user));

import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage } from '$server/http/respond';
import { deskPage } from '$server/reception';

/** The registrar desk: the office's services and printers. */
export const load: PageServerLoad = ({ locals }) => orErrorPage(async () => deskPage(await appCtx(), locals.user));

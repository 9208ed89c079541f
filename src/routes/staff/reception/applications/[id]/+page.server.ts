import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { idParam, orErrorPage } from '$server/http/respond';
import { applicationPage } from '$server/reception';

/** The applicant card (its view is logged) with what can be done next. */
export const load: PageServerLoad = ({ locals, params }) =>
  orErrorPage(async () => applicationPage(await appCtx(), locals.user, idParam(params.id, 'unknown_application')));

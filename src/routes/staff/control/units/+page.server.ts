import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage } from '$server/http/respond';
import { requireRole } from '$server/auth/sessions';
import { workOffice } from '$server/auth/scope';
import { listUnits } from '$server/control';

export const load: PageServerLoad = ({ locals }) =>
  orErrorPage(async () => {
    const user = requireRole(locals.user, ['appeals', 'head', 'admin']);
    return { units: await listUnits((await appCtx()).db, workOffice(user)), canEdit: true };
  });

import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { adminData } from '$server/offices';
import { pageError } from '$server/http/respond';

export const load: PageServerLoad = async ({ locals }) => {
  if (locals.user?.role !== 'admin') pageError(403, 'forbidden');
  return { admin: await adminData((await appCtx()).db, locals.user) };
};

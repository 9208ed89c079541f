import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { adminData } from '$server/offices/admin';

export const load: PageServerLoad = async ({ locals }) => {
  if (locals.user?.role !== 'admin') error(403, 'forbidden');
  return { admin: await adminData((await appCtx()).db, locals.user) };
};

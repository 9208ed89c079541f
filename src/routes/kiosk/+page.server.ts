import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { listOffices } from '$server/offices';

/** A kiosk is paired to an office by its URL; with a single office, go straight there. */
export const load: PageServerLoad = async () => {
  const offices = await listOffices((await appCtx()).db);
  redirect(307, offices.length === 1 ? `/kiosk/${offices[0].code}` : '/');
};

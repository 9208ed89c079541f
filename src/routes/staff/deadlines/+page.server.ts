import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { listOffices } from '$server/offices';

export const load: PageServerLoad = async ({ locals }) => {
  const offices = await listOffices((await appCtx()).db, locals.user!);
  const mine = offices.find((o) => o.id === locals.user!.officeId) ?? offices[0];
  return { offices, office: mine?.code ?? '' };
};

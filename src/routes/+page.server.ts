import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { listOffices } from '$server/offices';

export const load: PageServerLoad = async () => ({ offices: await listOffices((await appCtx()).db) });

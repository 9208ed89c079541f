import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { appCtx } from '$server/app';
import { listOffices } from '$server/offices/offices';

export const GET: RequestHandler = (event) =>
  api(event, async () => ({ offices: await listOffices((await appCtx()).db) }));

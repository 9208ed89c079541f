import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { listOffices } from '$server/offices';

export const GET: RequestHandler = (event) => answer(event, async (ctx) => ({ offices: await listOffices(ctx.db) }));

import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { adminSave } from '$server/offices';

export const PUT: RequestHandler = (event) => answer(event, (ctx) => adminSave(ctx, event));

import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { adminSave } from '$server/offices';

export const POST: RequestHandler = (event) => answer(event, (ctx) => adminSave(ctx, event), 201);

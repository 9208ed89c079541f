import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { units } from '$server/control';

export const GET: RequestHandler = (event) => answer(event, (ctx) => units(ctx, event));
export const POST: RequestHandler = (event) => answer(event, (ctx) => units(ctx, event));

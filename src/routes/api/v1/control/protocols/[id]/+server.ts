import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { protocols } from '$server/control';

export const GET: RequestHandler = (event) => answer(event, (ctx) => protocols(ctx, event));
export const POST: RequestHandler = (event) => answer(event, (ctx) => protocols(ctx, event));

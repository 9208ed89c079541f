import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { assignments } from '$server/control';

export const GET: RequestHandler = (event) => answer(event, (ctx) => assignments(ctx, event));
export const POST: RequestHandler = (event) => answer(event, (ctx) => assignments(ctx, event));

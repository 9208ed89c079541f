import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { applications } from '$server/reception';

export const GET: RequestHandler = (event) => answer(event, (ctx) => applications(ctx, event));
export const POST: RequestHandler = (event) => answer(event, (ctx) => applications(ctx, event), 201);

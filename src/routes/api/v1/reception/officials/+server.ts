import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { officials } from '$server/reception';

export const GET: RequestHandler = (event) => answer(event, (ctx) => officials(ctx, event));
export const POST: RequestHandler = (event) => answer(event, (ctx) => officials(ctx, event), 201);

import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { officials } from '$server/reception';

export const PUT: RequestHandler = (event) => answer(event, (ctx) => officials(ctx, event));

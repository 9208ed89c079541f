import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { getDeadlines } from '$server/offices';

export const GET: RequestHandler = (event) => answer(event, (ctx) => getDeadlines(ctx, event));

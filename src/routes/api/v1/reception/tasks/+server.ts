import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { tasks } from '$server/reception';

export const GET: RequestHandler = (event) => answer(event, (ctx) => tasks(ctx, event));

import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { room } from '$server/reception';

export const GET: RequestHandler = (event) => answer(event, (ctx) => room(ctx, event));

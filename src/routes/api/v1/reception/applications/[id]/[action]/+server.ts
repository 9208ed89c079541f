import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { applications } from '$server/reception';

export const POST: RequestHandler = (event) => answer(event, (ctx) => applications(ctx, event));

import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { units } from '$server/control';

export const POST: RequestHandler = (event) => answer(event, (ctx) => units(ctx, event));

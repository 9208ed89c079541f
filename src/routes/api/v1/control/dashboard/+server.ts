import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { head } from '$server/control';

export const GET: RequestHandler = (event) => answer(event, (ctx) => head(ctx, event));

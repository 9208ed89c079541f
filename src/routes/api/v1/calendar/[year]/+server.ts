import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { getYear } from '$server/calendar';

export const GET: RequestHandler = (event) => answer(event, (ctx) => getYear(ctx, event));

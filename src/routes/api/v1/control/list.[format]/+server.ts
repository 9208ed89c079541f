import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { controlList } from '$server/control';

export const GET: RequestHandler = (event) => answer(event, (ctx) => controlList(ctx, event));

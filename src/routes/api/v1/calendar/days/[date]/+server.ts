import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { deleteDay, putDay } from '$server/calendar';

export const PUT: RequestHandler = (event) => answer(event, (ctx) => putDay(ctx, event));
export const DELETE: RequestHandler = (event) => answer(event, (ctx) => deleteDay(ctx, event));

import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { itemAssignments } from '$server/control';

export const POST: RequestHandler = (event) => answer(event, (ctx) => itemAssignments(ctx, event));

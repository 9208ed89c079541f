import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { quarterReport } from '$server/control';

export const GET: RequestHandler = (event) => answer(event, (ctx) => quarterReport(ctx, event));

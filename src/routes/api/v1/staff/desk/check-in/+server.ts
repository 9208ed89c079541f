import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { readBody } from '$server/http/respond';
import { deskCheckInBody } from '$server/reception';
import { checkInAtDesk } from '$server/reception';

/** Check a visitor in for today's appointment at the registrar desk. */
export const POST: RequestHandler = (event) =>
  answer(event, async (ctx) =>
    checkInAtDesk(ctx, event.locals.user!, await readBody(event, deskCheckInBody), event.url.origin)
  );

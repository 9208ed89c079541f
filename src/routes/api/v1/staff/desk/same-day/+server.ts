import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { readBody } from '$server/http/respond';
import { sameDayBody } from '$server/reception';
import { sameDayReception } from '$server/reception';

/** Same-day reception (003 ¶3) from the registrar desk: registered, booked today, ticket for the room. */
export const POST: RequestHandler = (event) =>
  answer(event, async (ctx) => sameDayReception(ctx, event.locals.user!, await readBody(event, sameDayBody)), 201);

import type { RequestHandler } from './$types';
import { appCtx } from '$server/app';
import { api, readBody } from '$server/http/respond';
import { sameDayBody } from '$server/reception/schemas';
import { sameDayReception } from '$server/reception/same-day';

/** Same-day reception (003 ¶3) from the registrar desk: registered, booked today, ticket for the room. */
export const POST: RequestHandler = (event) =>
  api(event, async () => sameDayReception(await appCtx(), event.locals.user!, await readBody(event, sameDayBody)), 201);

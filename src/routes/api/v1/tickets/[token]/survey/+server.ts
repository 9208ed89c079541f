import type { RequestHandler } from './$types';
import { readBody } from '$server/http/respond';
import { answer } from '$server/app';
import { surveyBody } from '$server/survey';
import { answerTicketSurvey } from '$server/survey';

/** POST /api/v1/tickets/:token/survey — the visitor's rating, once per ticket (anonymous: the token is the ticket). */
export const POST: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    return answerTicketSurvey(ctx, event.params.token, await readBody(event, surveyBody));
  });

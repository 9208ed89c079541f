import type { RequestHandler } from './$types';
import { api, readBody } from '$server/http/respond';
import { appCtx } from '$server/app';
import { surveyBody } from '$server/survey/schemas';
import { answerTicketSurvey } from '$server/survey/survey';

/** POST /api/v1/tickets/:token/survey — the visitor's rating, once per ticket (anonymous: the token is the ticket). */
export const POST: RequestHandler = (event) =>
  api(event, async () => {
    const ctx = await appCtx();
    return answerTicketSurvey(ctx, event.params.token, await readBody(event, surveyBody));
  });

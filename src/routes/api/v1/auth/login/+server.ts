import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { startSession } from '$server/http/cookies';
import { readBody } from '$server/http/respond';
import { loginBody } from '$server/auth/schemas';

export const POST: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    const { login, password } = await readBody(event, loginBody);
    await startSession(ctx, event.cookies, event.url, login, password, event.getClientAddress());
    return { ok: true };
  });

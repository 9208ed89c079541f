import type { RequestHandler } from './$types';
import { startSession } from '$server/http/cookies';
import { api, readBody } from '$server/http/respond';
import { loginBody } from '$server/http/schemas';

export const POST: RequestHandler = (event) =>
  api(event, async () => {
    const { login, password } = await readBody(event, loginBody);
    await startSession(event.cookies, event.url, login, password, event.getClientAddress());
    return { ok: true };
  });

import type { RequestHandler } from './$types';
import { appCtx } from '$server/app';
import { startSession } from '$server/http/cookies';
import { api, readBody } from '$server/http/respond';
import { loginBody } from '$server/auth/schemas';

export const POST: RequestHandler = (event) =>
  api(event, async () => {
    const { login, password } = await readBody(event, loginBody);
    await startSession(await appCtx(), event.cookies, event.url, login, password, event.getClientAddress());
    return { ok: true };
  });

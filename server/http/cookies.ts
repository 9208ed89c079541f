import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE, signIn } from '../auth/sessions';
import type { Ctx } from '../realtime/context';

/** The staff console's language on this machine (kk/ru); read in hooks.server.ts. */
export const LANG_COOKIE = 'qabyldau_lang';

/**
 * Cookies are `Secure` only when the request came over https (directly or through a TLS proxy
 * that says so): SvelteKit marks them Secure by default, and browsers drop Secure cookies on an
 * office LAN served over plain http — the console could then neither keep its language nor sign out.
 */
export const cookieBase = (url: URL) => ({ path: '/', secure: url.protocol === 'https:' });

/**
 * Signs a staff member in and sets the session cookie. One place for both ways in:
 * the sign-in page's form and the JSON API. Throws bad_credentials.
 */
export async function startSession(
  ctx: Ctx,
  cookies: Cookies,
  url: URL,
  login: string,
  password: string,
  ip: string
): Promise<void> {
  const { token, expiresAt } = await signIn(ctx.db, login, password, ctx.now(), ip);
  cookies.set(SESSION_COOKIE, token, { ...cookieBase(url), httpOnly: true, sameSite: 'strict', expires: expiresAt });
}

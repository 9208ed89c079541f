import type { Handle } from '@sveltejs/kit';
import { SESSION_COOKIE, sessionUser } from '$server/auth/sessions';
import { isLanguage } from '$server/shared/language';
import { appCtx, startRealtime } from '$server/http/app';
import { LANG_COOKIE } from '$server/http/cookies';

// Runs when the bundle loads: the socket.io server already exists by then.
startRealtime().catch((err) => console.error('realtime failed to start', err));

export const handle: Handle = async ({ event, resolve }) => {
  const { db } = await appCtx();
  event.locals.user = await sessionUser(db, event.cookies.get(SESSION_COOKIE), new Date());
  const cookieLang = event.cookies.get(LANG_COOKIE);
  event.locals.lang = isLanguage(cookieLang) ? cookieLang : 'kk';
  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%qabyldau.lang%', event.locals.lang)
  });
  response.headers.set('X-Content-Type-Options', 'nosniff');
  // Ticket URLs carry a token: never send them to other sites. (Not no-referrer: with it
  // browsers send `Origin: null` on form posts, which SvelteKit rightly refuses.)
  response.headers.set('Referrer-Policy', 'same-origin');
  return response;
};

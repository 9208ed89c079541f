import { json, type Handle } from '@sveltejs/kit';
import { SESSION_COOKIE, sessionUser } from '$server/auth/sessions';
import { isLanguage } from '$server/shared/language';
import { appCtx, startBackground, startRealtime } from '$server/app';
import { LANG_COOKIE } from '$server/http/cookies';
import { errorMessage, requestLanguage } from '$server/http/respond';

// Runs when the bundle loads: the socket.io server already exists by then.
startRealtime().catch((err) => console.error('realtime failed to start', err));
startBackground().catch((err) => console.error('reminders failed to start', err));

export const handle: Handle = async ({ event, resolve }) => {
  const { db } = await appCtx();
  event.locals.user = await sessionUser(db, event.cookies.get(SESSION_COOKIE), new Date());
  // ?lang= (public pages link to their other language), then the console's cookie, then Kazakh.
  const asked = event.url.searchParams.get('lang');
  const cookieLang = event.cookies.get(LANG_COOKIE);
  event.locals.lang = isLanguage(asked) ? asked : isLanguage(cookieLang) ? cookieLang : 'kk';
  // A state-changing request from another site's page is refused, whatever its content type
  // (SvelteKit itself checks form posts only).
  const origin = event.request.headers.get('origin');
  if (!SAFE_METHODS.has(event.request.method) && origin !== null && origin !== event.url.origin) {
    return json(
      { error: { code: 'forbidden', message: errorMessage('forbidden', {}, requestLanguage(event)) } },
      { status: 403 }
    );
  }
  // Every staff page and its data need a session, whichever load functions a request
  // asks to run (a data request may skip the layout's own check).
  if (!event.locals.user && isStaffPage(event.url.pathname)) {
    const location = `/staff/login?next=${encodeURIComponent(event.url.pathname)}`;
    if (event.isDataRequest) return json({ type: 'redirect', location });
    return new Response(null, { status: 303, headers: { location } });
  }
  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%qabyldau.lang%', event.locals.lang)
  });
  response.headers.set('X-Content-Type-Options', 'nosniff');
  // Ticket URLs carry a token: never send them to other sites. (Not no-referrer: with it
  // browsers send `Origin: null` on form posts, which SvelteKit rightly refuses.)
  response.headers.set('Referrer-Policy', 'same-origin');
  return response;
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const isStaffPage = (path: string) => (path === '/staff' || path.startsWith('/staff/')) && path !== '/staff/login';

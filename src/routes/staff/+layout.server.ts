import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

/** Every staff page needs a signed-in user (roles are checked again by each API call). */
export const load: LayoutServerLoad = async ({ locals, url }) => {
  if (!locals.user && url.pathname !== '/staff/login') redirect(303, `/staff/login?next=${encodeURIComponent(url.pathname)}`);
  return { user: locals.user, lang: locals.lang };
};

import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { setupPending } from '$server/auth/setup';
import { DomainError } from '$server/shared/errors';
import { startSession } from '$server/http/cookies';
import { errorMessage, readForm } from '$server/http/respond';

const safeNext = (next: FormDataEntryValue | null) =>
  typeof next === 'string' && /^\/staff(\/|$)/.test(next) ? next : '/staff';

/** A new installation has nobody to sign in yet: its first administrator is created at /setup. */
export const load: PageServerLoad = async () => {
  if (await setupPending((await appCtx()).db)) redirect(303, '/setup');
};

/**
 * A plain form POST, so signing in works before (or without) the page's script:
 * the credentials never end up in a URL.
 */
export const actions: Actions = {
  default: async ({ request, cookies, locals, url, getClientAddress }) => {
    let form: FormData;
    try {
      form = await readForm(request);
    } catch (err) {
      if (err instanceof DomainError)
        return fail(err.status, { login: '', error: errorMessage(err.code, err.params, locals.lang) });
      throw err;
    }
    const login = String(form.get('login') ?? '').slice(0, 100);
    const password = String(form.get('password') ?? '').slice(0, 200);
    try {
      await startSession(await appCtx(), cookies, url, login, password, getClientAddress());
    } catch (err) {
      if (err instanceof DomainError)
        return fail(err.status, { login, error: errorMessage(err.code, err.params, locals.lang) });
      throw err;
    }
    redirect(303, safeNext(form.get('next')));
  }
};

import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { completeSetup, setupPending } from '$server/auth/setup';
import { DomainError } from '$server/shared/errors';
import { errorMessage, pageError, readForm } from '$server/http/respond';
import { setupForm } from '$server/auth/schemas';

/** The first administrator of a new installation (server/auth/setup.ts); gone once anyone exists. */
export const load: PageServerLoad = async ({ locals }) => {
  if (!(await setupPending((await appCtx()).db))) pageError(404, 'setup_done');
  return { lang: locals.lang };
};

export const actions: Actions = {
  default: async ({ request, locals, getClientAddress }) => {
    let form: Record<string, FormDataEntryValue>;
    try {
      form = Object.fromEntries(await readForm(request));
    } catch (err) {
      if (err instanceof DomainError)
        return fail(err.status, { login: '', fullName: '', error: errorMessage(err.code, err.params, locals.lang) });
      throw err;
    }
    const parsed = setupForm.safeParse(form);
    const login = String(form.login ?? '').slice(0, 40);
    const fullName = String(form.fullName ?? '').slice(0, 200);
    if (!parsed.success) return fail(400, { login, fullName, problem: parsed.error.issues[0].path[0] as string });
    try {
      const { db } = await appCtx();
      await completeSetup(db, { ...parsed.data, locale: locals.lang }, new Date(), getClientAddress());
    } catch (err) {
      if (err instanceof DomainError)
        return fail(err.status, { login, fullName, error: errorMessage(err.code, err.params, locals.lang) });
      throw err;
    }
    // This page no longer exists once anyone does: the sign-in page says what happened.
    redirect(303, `/staff/login?created=${encodeURIComponent(parsed.data.login)}&lang=${locals.lang}`);
  }
};

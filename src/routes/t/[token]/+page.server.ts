import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { DomainError } from '$server/domain/errors';
import { appCtx } from '$server/http/app';
import { ticketView } from '$server/services/tickets';

export const load: PageServerLoad = async ({ params }) => {
  const ctx = await appCtx();
  try {
    return { ticket: await ticketView(ctx.db, params.token, ctx.now()) };
  } catch (err) {
    if (err instanceof DomainError) error(err.status, err.code);
    throw err;
  }
};

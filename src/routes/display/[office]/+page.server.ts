import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { DomainError } from '$server/domain/errors';
import { appCtx } from '$server/http/app';
import { boardSnapshot } from '$server/services/board';

export const load: PageServerLoad = async ({ params }) => {
  const ctx = await appCtx();
  try {
    return { snapshot: await boardSnapshot(ctx.db, params.office, ctx.now()) };
  } catch (err) {
    if (err instanceof DomainError) error(err.status, err.code);
    throw err;
  }
};

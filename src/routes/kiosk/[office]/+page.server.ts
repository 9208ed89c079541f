import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { DomainError } from '$server/domain/errors';
import { appCtx } from '$server/http/app';
import { kioskInfo } from '$server/services/offices';

export const load: PageServerLoad = async ({ params }) => {
  const ctx = await appCtx();
  try {
    return { info: await kioskInfo(ctx.db, params.office, ctx.now()) };
  } catch (err) {
    if (err instanceof DomainError) error(err.status, err.code);
    throw err;
  }
};

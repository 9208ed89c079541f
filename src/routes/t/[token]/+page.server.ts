import type { PageServerLoad } from './$types';
import { appCtx } from '$server/http/app';
import { orErrorPage } from '$server/http/respond';
import { ticketView } from '$server/queue/tickets';

export const load: PageServerLoad = async ({ params }) => {
  const ctx = await appCtx();
  return { ticket: await orErrorPage(() => ticketView(ctx.db, params.token, ctx.now())) };
};

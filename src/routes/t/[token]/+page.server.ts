import type { PageServerLoad } from './$types';
import { appCtx } from '$server/http/app';
import { orErrorPage } from '$server/http/respond';
import { publicTicketView } from '$server/queue/tickets';

export const load: PageServerLoad = async ({ params }) => {
  const ctx = await appCtx();
  return { ticket: await orErrorPage(() => publicTicketView(ctx.db, params.token, ctx.now())) };
};

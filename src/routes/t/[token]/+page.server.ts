import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage } from '$server/http/respond';
import { publicTicketView } from '$server/queue';

export const load: PageServerLoad = async ({ params, locals }) => {
  const ctx = await appCtx();
  const ticket = await orErrorPage(() => publicTicketView(ctx.db, params.token, ctx.now()));
  // The whole page is in the ticket's language: <html lang> too (hooks.server.ts writes it after this load).
  locals.lang = ticket.language;
  return { ticket };
};

import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { idParam, orErrorPage } from '$server/http/respond';
import { ticketPrintInfo } from '$server/queue';

/** A ticket's print preview and reprint (staff of the ticket's office). */
export const load: PageServerLoad = async ({ params, locals }) =>
  orErrorPage(async () => ticketPrintInfo(await appCtx(), idParam(params.id, 'unknown_ticket'), locals.user!));

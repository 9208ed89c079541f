import type { PageServerLoad } from './$types';
import { appCtx } from '$server/http/app';
import { idParam, orErrorPage } from '$server/http/respond';
import { DomainError } from '$server/shared/errors';

/** A ticket's print preview and reprint (staff; the layout check before printing again). */
export const load: PageServerLoad = async ({ params }) =>
  orErrorPage(async () => {
    const { db } = await appCtx();
    const ticket = await db.ticket.findUnique({ where: { id: idParam(params.id, 'unknown_ticket') } });
    if (!ticket) throw new DomainError('unknown_ticket');
    const kiosks = await db.kiosk.findMany({ where: { officeId: ticket.officeId, active: true, printerKind: { not: 'NONE' } }, orderBy: { id: 'asc' } });
    return {
      ticket: { id: ticket.id, code: ticket.code, printStatus: ticket.printStatus, printError: ticket.printError, kioskId: ticket.kioskId },
      kiosks: kiosks.map((k) => ({ id: k.id, nameKk: k.nameKk, nameRu: k.nameRu, paperWidth: k.paperWidth, printerStatus: k.printerStatus }))
    };
  });

import { inScope, type Scoped } from '../auth/scope';
import { printingKiosks } from './reads';
import type { Ctx } from '../realtime/context';
import { DomainError } from '../shared/errors';
import { PrintError, printTicket } from '../printing';
import { printerConfig, recordPrinterState, type PrintResult } from '../printing';
import { bitmapToPng, renderTicket, type PaperWidth } from '../printing';
import { appendEvent } from '../feed';
import { publicTicket } from './views';
import { ticketView, type TicketView } from './ticket-view';

// Issue, then print: the queue's tickets on the printing capability's printers.

/**
 * Prints a ticket on a kiosk's printer and records the outcome on the ticket, on the kiosk
 * (the staff console shows printer faults) and in the ticket's event log. A failure never
 * touches the ticket itself: it stays in the queue and can be reprinted.
 */
export async function printAtKiosk(
  ctx: Ctx,
  ticketId: number,
  kioskId: number | null,
  baseUrl: string,
  userId: number | null = null,
  view?: TicketView
): Promise<PrintResult> {
  if (kioskId === null) return { status: 'none' }; // no printer: nothing to read or record
  const row = await ctx.db.ticket.findUnique({ where: { id: ticketId }, include: { office: true } });
  if (!row) throw new DomainError('unknown_ticket');
  const kiosk = await ctx.db.kiosk.findFirst({ where: { id: kioskId, officeId: row.officeId } });
  if (!kiosk) throw new DomainError('unknown_kiosk');
  const config = kiosk.active ? printerConfig(kiosk) : null;
  if (!config) return { status: 'none' };

  let result: PrintResult;
  try {
    // A new ticket's view is in hand; a reprint reads the ticket's place now.
    await printTicket(view ?? (await ticketView(ctx.db, row.token, ctx.now())), `${baseUrl}/t/${row.token}`, config);
    result = { status: 'printed' };
  } catch (e) {
    result = { status: 'failed', fault: e instanceof PrintError ? e.fault : 'printer_error' };
  }
  const error = result.status === 'failed' ? result.fault : null;
  const at = ctx.now();
  // Plain SQL, as the other writes every ticket makes (server/queue/events.ts).
  const event = await ctx.db.$transaction(async (tx) => {
    await tx.$executeRaw`UPDATE "Ticket" SET "printStatus" = ${error ? 'FAILED' : 'PRINTED'}, "printError" = ${error} WHERE "id" = ${row.id}`;
    await recordPrinterState(tx, kiosk.id, error, at);
    return appendEvent(
      tx,
      {
        officeId: row.officeId,
        type: error ? 'ticket.print_failed' : 'ticket.printed',
        ticketId: row.id,
        userId,
        detail: { kiosk: kiosk.code, ...(error ? { fault: error } : {}), ...(userId ? { reprint: true } : {}) },
        at,
        ticket: publicTicket(row)
      },
      row.office.timeZone
    );
  });
  ctx.publish(event);
  return result;
}

/**
 * What a kiosk's issue request prints: a new ticket, and also a ticket answered again for a retried
 * request whose print never happened (the kiosk crashed or lost the answer between commit and
 * print) — its paper comes out on the retry. A ticket already printed is not printed twice; one
 * whose print failed says so again, so the kiosk shows its message.
 */
export async function printForIssue(
  ctx: Ctx,
  issued: { id: number; kioskId: number | null; created: boolean; ticket: TicketView },
  baseUrl: string
): Promise<PrintResult | { status: 'skipped' }> {
  if (!issued.created) {
    const row = await ctx.db.ticket.findUnique({
      where: { id: issued.id },
      select: { printStatus: true, printError: true }
    });
    if (row?.printStatus === 'PRINTED') return { status: 'skipped' };
    if (row?.printStatus === 'FAILED') return { status: 'failed', fault: row.printError ?? 'printer_error' };
  }
  return printSafely(ctx, issued.id, issued.kioskId, baseUrl, issued.ticket);
}

/** Prints for a caller that must answer whatever happens: any error becomes a printer fault, never a failed request. */
export function printSafely(
  ctx: Ctx,
  ticketId: number,
  kioskId: number | null,
  baseUrl: string,
  view?: TicketView
): Promise<PrintResult> {
  return printAtKiosk(ctx, ticketId, kioskId, baseUrl, null, view).catch(() => ({
    status: 'failed' as const,
    fault: 'printer_error'
  }));
}

/** Staff reprint: on the chosen kiosk, else the one that issued the ticket, else the office's first printer. */
export async function reprintTicket(
  ctx: Ctx,
  ticketId: number,
  kioskId: number | null,
  baseUrl: string,
  user: Scoped & { id: number }
): Promise<PrintResult> {
  const ticket = await staffTicket(ctx, ticketId, user);
  const fallback = await ctx.db.kiosk.findFirst({
    where: { officeId: ticket.officeId, active: true, printerKind: { not: 'NONE' } },
    orderBy: { id: 'asc' }
  });
  const target = kioskId ?? ticket.kioskId ?? fallback?.id ?? null;
  if (target === null) throw new DomainError('unknown_kiosk');
  return printAtKiosk(ctx, ticketId, target, baseUrl, user.id);
}

/** The ticket as it prints, for the staff preview (layout check before a reprint). */
export async function ticketPreview(
  ctx: Ctx,
  ticketId: number,
  paper: PaperWidth,
  baseUrl: string,
  user: Scoped
): Promise<Buffer> {
  const ticket = await staffTicket(ctx, ticketId, user);
  const view = await ticketView(ctx.db, ticket.token, ctx.now());
  return bitmapToPng(renderTicket(view, `${baseUrl}/t/${ticket.token}`, paper));
}

/** A ticket of one of the staff member's offices (another office's does not exist for them). */
export async function staffTicket(ctx: Ctx, ticketId: number, user: Scoped) {
  const ticket = await ctx.db.ticket.findUnique({ where: { id: ticketId } });
  if (!ticket || !inScope(user, ticket.officeId)) throw new DomainError('unknown_ticket');
  return ticket;
}

/** What the preview page shows: the ticket's print state and the office's printing kiosks. */
export async function ticketPrintInfo(ctx: Ctx, ticketId: number, user: Scoped) {
  const ticket = await staffTicket(ctx, ticketId, user);
  const kiosks = await printingKiosks(ctx.db, ticket.officeId);
  return {
    ticket: {
      id: ticket.id,
      code: ticket.code,
      printStatus: ticket.printStatus,
      printError: ticket.printError,
      kioskId: ticket.kioskId
    },
    kiosks
  };
}

import type { TicketView } from '../services/tickets';

/**
 * The seam for ticket printing (a later issue: ESC/POS raster with Kazakh
 * letters). Issuing never waits on or fails because of a printer: the result
 * is reported to the kiosk, which shows the ticket on screen either way.
 */
export type PrintResult = { status: 'none' } | { status: 'printed' } | { status: 'failed'; reason: string } | { status: 'skipped' };

export interface TicketPrinter {
  print(ticket: TicketView, statusUrl: string): Promise<PrintResult>;
}

/** No printer configured: the ticket is shown on the kiosk screen only. */
const noPrinter: TicketPrinter = { print: async () => ({ status: 'none' }) };

let printer: TicketPrinter = noPrinter;

export function usePrinter(p: TicketPrinter | null): void {
  printer = p ?? noPrinter;
}

export async function printTicket(ticket: TicketView, statusUrl: string): Promise<PrintResult> {
  try {
    return await printer.print(ticket, statusUrl);
  } catch (err) {
    return { status: 'failed', reason: err instanceof Error ? err.message : String(err) };
  }
}

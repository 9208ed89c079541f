import type { TicketView } from '../queue/ticket-view';
import { encodeRaster, encodeTextKz1048 } from './escpos';
import { renderTicket, type PaperWidth } from './render';
import { PrintError, sendToPrinter, type PrinterTarget } from './transport';

export { PrintError } from './transport';

/** One kiosk printer's settings (the Kiosk row). */
export interface PrinterConfig {
  target: PrinterTarget;
  paper: PaperWidth;
  mode: 'RASTER' | 'TEXT_KZ1048';
  timeoutMs: number;
}

/** The bytes of one ticket for a printer: a raster by default, KZ-1048 text where configured. */
export function ticketJob(ticket: TicketView, statusUrl: string, config: Pick<PrinterConfig, 'paper' | 'mode'>): Uint8Array {
  if (config.mode === 'TEXT_KZ1048') return encodeTextKz1048(ticket, statusUrl, config.paper);
  return encodeRaster(renderTicket(ticket, statusUrl, config.paper), config.paper);
}

/** Jobs for one printer go one after another, never interleaved on the paper. */
const queues = new Map<string, Promise<unknown>>();

/** Prints one ticket; rejects with a PrintError (the ticket itself is never at stake). */
export function printTicket(ticket: TicketView, statusUrl: string, config: PrinterConfig): Promise<void> {
  const key = config.target.kind === 'network' ? `${config.target.host}:${config.target.port}` : config.target.path;
  const run = async () => sendToPrinter(config.target, ticketJob(ticket, statusUrl, config), config.timeoutMs);
  const job = (queues.get(key) ?? Promise.resolve()).then(run, run);
  const tail = job.catch(() => {});
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return job.catch((e) => {
    throw e instanceof PrintError ? e : new PrintError('printer_error', e instanceof Error ? e.message : String(e));
  });
}

import type { TicketView } from './ticket';
import { workerPool } from '../shared/worker-pool';
import { ticketJob } from './job';
import type { PaperWidth } from './render';
import { PrintError, sendToPrinter, type PrinterTarget } from './transport';

export { PrintError } from './transport';
export { ticketJob } from './job';

/** One kiosk printer's settings (the Kiosk row). */
export interface PrinterConfig {
  target: PrinterTarget;
  paper: PaperWidth;
  mode: 'RASTER' | 'TEXT_KZ1048';
  timeoutMs: number;
}

/**
 * A raster takes 11–14 ms of CPU to draw (35–46 ms before its encoding was packed directly): on
 * the event loop, every printed ticket would stall the boards and consoles meanwhile. So rasters
 * are drawn in worker threads; KZ-1048 text is cheap and stays here.
 */
let pool: ReturnType<typeof workerPool> | undefined;
function renderJob(
  ticket: TicketView,
  statusUrl: string,
  config: Pick<PrinterConfig, 'paper' | 'mode'>
): Promise<Uint8Array> {
  if (pool === undefined) pool = workerPool('server/printing/job-worker.ts');
  if (config.mode === 'RASTER' && pool) {
    return pool.run<Uint8Array>({ ticket, statusUrl, config: { paper: config.paper, mode: config.mode } });
  }
  return Promise.resolve(ticketJob(ticket, statusUrl, config));
}

/** Jobs for one printer go one after another, never interleaved on the paper. */
const queues = new Map<string, Promise<unknown>>();

function inTurn(target: PrinterTarget, run: () => Promise<void>): Promise<void> {
  const key = target.kind === 'network' ? `${target.host}:${target.port}` : target.path;
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

/** Prints one ticket; rejects with a PrintError (the ticket itself is never at stake). */
export function printTicket(ticket: TicketView, statusUrl: string, config: PrinterConfig): Promise<void> {
  // Drawn at once, in parallel with other printers' tickets; only the sending waits its turn.
  const bytes = renderJob(ticket, statusUrl, config);
  bytes.catch(() => {}); // its failure is reported through the job
  return inTurn(config.target, async () => sendToPrinter(config.target, await bytes, config.timeoutMs));
}

/** A printer that has not answered its status in this long is reported as it is (a check, not a ticket). */
const CHECK_TIMEOUT_MS = 3000;

/**
 * Asks the printer how it is (the status query alone: no paper moves), in its turn between
 * tickets; rejects with a PrintError naming the fault (paper out, unreachable…).
 */
export function checkPrinter(config: PrinterConfig): Promise<void> {
  return inTurn(config.target, () =>
    sendToPrinter(config.target, new Uint8Array(0), Math.min(config.timeoutMs, CHECK_TIMEOUT_MS))
  );
}

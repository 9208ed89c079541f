import type { TicketView } from './ticket';
import { ticketJob } from './job';
import type { PaperWidth } from './render';

/** One ticket's printer bytes: the whole of what a print worker does (server/printing/print.ts). */
export default function ({
  ticket,
  statusUrl,
  config
}: {
  ticket: TicketView;
  statusUrl: string;
  config: { paper: PaperWidth; mode: 'RASTER' | 'TEXT_KZ1048' };
}): Uint8Array {
  return ticketJob(ticket, statusUrl, config);
}

import type { TicketView } from './ticket';
import { encodeRaster, encodeTextKz1048 } from './escpos';
import { renderTicket, type PaperWidth } from './render';

/** The bytes of one ticket for a printer: a raster by default, KZ-1048 text where configured. */
export function ticketJob(
  ticket: TicketView,
  statusUrl: string,
  config: { paper: PaperWidth; mode: 'RASTER' | 'TEXT_KZ1048' }
): Uint8Array {
  if (config.mode === 'TEXT_KZ1048') return encodeTextKz1048(ticket, statusUrl, config.paper);
  return encodeRaster(renderTicket(ticket, statusUrl, config.paper), config.paper);
}

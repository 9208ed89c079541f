import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import * as m from '../../i18n/paraglide/messages.js';
import { formatDateTime } from '../../ui/format';
import type { TicketView } from '../queue/ticket-view';
import { bitmapToRgba, type Bitmap, type PaperWidth } from './render';

/** Characters per line of font A (12×24) at 203 dpi. */
const COLUMNS: Record<PaperWidth, number> = { 80: 48, 58: 32 };

/**
 * The default: the rendered ticket as raster bands (GS v 0), then a cut. Works on any
 * ESC/POS printer whatever code pages it has, so Kazakh letters always print.
 */
export function encodeRaster(bitmap: Bitmap, paper: PaperWidth): Uint8Array {
  const rgba = bitmapToRgba(bitmap);
  return new ReceiptPrinterEncoder({ language: 'esc-pos', imageMode: 'raster', columns: COLUMNS[paper] })
    .initialize()
    // The bitmap is already 1-bit: a threshold keeps it dot for dot.
    .image({ data: rgba, width: bitmap.width, height: bitmap.height }, bitmap.width, bitmap.height, 'threshold', 128)
    .cut('full')
    .encode();
}

/**
 * Text mode, for printers known to have code page KZ-1048 (Epson table 53, `ESC t 53`):
 * smaller and faster than a raster, and the QR code is drawn by the printer itself.
 */
export function encodeTextKz1048(ticket: TicketView, statusUrl: string, paper: PaperWidth): Uint8Array {
  const L = { locale: ticket.language };
  const name = (o: { nameKk: string; nameRu: string }) => (ticket.language === 'ru' ? o.nameRu : o.nameKk);
  const e = new ReceiptPrinterEncoder({ language: 'esc-pos', codepageMapping: 'epson', columns: COLUMNS[paper] })
    .initialize()
    .codepage('rk1048')
    .align('center')
    .bold(true)
    .line(name(ticket.office))
    .bold(false)
    .rule()
    .line(m.ticket_number({}, L))
    .size(4, 4)
    .bold(true)
    .line(ticket.code)
    .size(1, 1)
    .size(2, 2)
    .line(name(ticket.service))
    .size(1, 1)
    .bold(false);
  if (ticket.outOfTurn) e.invert(true).bold(true).line(` * ${m.ticket_out_of_turn({}, L)} `).bold(false).invert(false);
  e.line(m.ticket_issued_at({ time: formatDateTime(ticket.issuedAt, ticket.language, ticket.office.timeZone) }, L))
    .line(m.ticket_people_ahead({ count: ticket.peopleAhead }, L))
    .line(ticket.waitMinutes > 0 ? m.ticket_wait({ minutes: ticket.waitMinutes }, L) : m.ticket_wait_none({}, L))
    .newline()
    .qrcode(statusUrl, { model: 2, size: paper === 80 ? 6 : 4, errorlevel: 'm' })
    .line(m.ticket_qr_hint({}, L))
    .rule()
    .line(m.ticket_notice({}, L));
  return e.cut('full').encode();
}

import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import * as m from '../../i18n/paraglide/messages.js';
import { formatDateTime } from '../../ui/format';
import type { TicketView } from './ticket';
import type { Bitmap, PaperWidth } from './render';

/** Characters per line of font A (12×24) at 203 dpi. */
const COLUMNS: Record<PaperWidth, number> = { 80: 48, 58: 32 };

/**
 * The default: the rendered ticket as raster bands (GS v 0), then a cut. Works on any
 * ESC/POS printer whatever code pages it has, so Kazakh letters always print.
 */
export function encodeRaster(bitmap: Bitmap, paper: PaperWidth): Uint8Array {
  const { head, tail } = rasterFrame(paper);
  const bands = rasterBands(bitmap);
  const out = new Uint8Array(head.length + bands.length + tail.length);
  out.set(head);
  out.set(bands, head.length);
  out.set(tail, head.length + bands.length);
  return out;
}

/**
 * What the encoder puts around a picture (initialize before; a line feed and the cut after), taken
 * once per paper width from the encoder itself. The bands in between are packed by rasterBands:
 * the encoder's image() would take our 1-bit picture back through RGBA, flattening and
 * thresholding, and spread 60 KB through an array, for the same bytes (24 of a ticket's 30 ms).
 */
const frames = new Map<PaperWidth, { head: Uint8Array; tail: Uint8Array }>();
function rasterFrame(paper: PaperWidth) {
  let frame = frames.get(paper);
  if (!frame) {
    const probe = rasterBands({ width: 8, height: 1, dots: new Uint8Array(8) });
    const all = new ReceiptPrinterEncoder({ language: 'esc-pos', imageMode: 'raster', columns: COLUMNS[paper] })
      .initialize()
      .raw(probe)
      .newline() // the encoder's image block ends in a line feed too: the same paper before the cut
      .cut('full')
      .encode();
    const at = Buffer.from(all).indexOf(Buffer.from(probe));
    frame = { head: all.slice(0, at), tail: all.slice(at + probe.length) };
    frames.set(paper, frame);
  }
  return frame;
}

/** GS v 0 bands of at most 255 rows, 8 dots a byte, most significant first — as printers take them. */
export function rasterBands(b: Bitmap): Uint8Array {
  const bytesPerRow = Math.ceil(b.width / 8);
  const bands = Math.ceil(b.height / 255);
  const out = new Uint8Array(bands * 8 + bytesPerRow * b.height);
  let o = 0;
  for (let top = 0; top < b.height; top += 255) {
    const rows = Math.min(255, b.height - top);
    out.set([0x1d, 0x76, 0x30, 0, bytesPerRow & 255, bytesPerRow >> 8, rows & 255, rows >> 8], o);
    o += 8;
    for (let y = top; y < top + rows; y++) {
      const row = y * b.width;
      for (let x = 0; x < b.width; x += 8) {
        let byte = 0;
        for (let bit = 0; bit < 8 && x + bit < b.width; bit++) byte |= b.dots[row + x + bit] << (7 - bit);
        out[o++] = byte;
      }
    }
  }
  return out;
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
  if (ticket.outOfTurn)
    e.invert(true)
      .bold(true)
      .line(` * ${m.ticket_out_of_turn({}, L)} `)
      .bold(false)
      .invert(false);
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

import { createRequire } from 'node:module';
import { GlobalFonts, createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import * as m from '../../i18n/paraglide/messages.js';
import { formatDateTime } from '../../ui/format';
import type { TicketView } from './ticket';

/** Printable widths at 203 dpi: 80 mm paper → 576 dots, 58 mm → 384. */
export const PAPER_DOTS = { 80: 576, 58: 384 } as const;
export type PaperWidth = keyof typeof PAPER_DOTS;

/**
 * DejaVu Sans has every Kazakh letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І); it comes from npm with the
 * project, so rendering never depends on the fonts of the machine.
 */
const FONT = 'QabyldauTicket';
const require = createRequire(import.meta.url);
let fontsLoaded = false;
function loadFonts() {
  if (fontsLoaded) return;
  GlobalFonts.registerFromPath(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), FONT);
  GlobalFonts.registerFromPath(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'), FONT);
  fontsLoaded = true;
}

/** A 1-bit picture of the ticket: `dots[y * width + x]` is 1 where the printer burns a dot. */
export interface Bitmap {
  width: number;
  height: number;
  dots: Uint8Array;
}

/** Draws the ticket in its own language, `width` dots wide, black on white, no grey left. */
export function renderTicket(ticket: TicketView, statusUrl: string, paper: PaperWidth = 80): Bitmap {
  loadFonts();
  const width = PAPER_DOTS[paper];
  const s = width / 576; // everything is laid out for 80 mm and scaled for 58 mm
  const L = { locale: ticket.language };
  const name = (o: { nameKk: string; nameRu: string }) => (ticket.language === 'ru' ? o.nameRu : o.nameKk);
  const qr = QRCode.create(statusUrl, { errorCorrectionLevel: 'M' });

  // Two passes over the same drawing code: measure the height, then draw.
  const draw = (ctx: SKRSContext2D, paint: boolean): number => {
    let y = Math.round(12 * s);
    const margin = Math.round(12 * s);
    const text = (value: string, size: number, bold = false, gap = 6) => {
      ctx.font = `${bold ? 'bold ' : ''}${Math.round(size * s)}px ${FONT}`;
      for (const line of wrap(ctx, value, width - 2 * margin)) {
        const h = Math.round(size * s * 1.2);
        if (paint) ctx.fillText(line, width / 2, y + h * 0.82);
        y += h;
      }
      y += Math.round(gap * s);
    };
    const rule = () => {
      if (paint) ctx.fillRect(margin, y, width - 2 * margin, Math.max(2, Math.round(3 * s)));
      y += Math.round(14 * s);
    };

    text(name(ticket.office), 26, true);
    rule();
    text(m.ticket_number({}, L), 24);
    text(ticket.code, 128, true, 2);
    text(name(ticket.service), 32, true, 10);
    if (ticket.outOfTurn) {
      // White on black: the mark the specialist looks for.
      ctx.font = `bold ${Math.round(30 * s)}px ${FONT}`;
      const label = `★ ${m.ticket_out_of_turn({}, L)}`;
      const w = Math.min(width - 2 * margin, ctx.measureText(label).width + 32 * s);
      const h = Math.round(48 * s);
      if (paint) {
        ctx.fillRect((width - w) / 2, y, w, h);
        ctx.fillStyle = '#fff';
        ctx.fillText(label, width / 2, y + h * 0.72);
        ctx.fillStyle = '#000';
      }
      y += h + Math.round(10 * s);
    }
    // An appointment ticket says where and when the visitor is expected: the hall needs no phone.
    if (ticket.appointment?.room)
      text(
        m.kiosk_expected({ time: ticket.appointment.slotTime ?? '', room: ticket.appointment.room.number }, L),
        26,
        true,
        8
      );
    text(
      m.ticket_issued_at({ time: formatDateTime(ticket.issuedAt, ticket.language, ticket.office.timeZone) }, L),
      24,
      false,
      2
    );
    text(m.ticket_people_ahead({ count: ticket.peopleAhead }, L), 24, false, 2);
    text(
      ticket.waitMinutes > 0 ? m.ticket_wait({ minutes: ticket.waitMinutes }, L) : m.ticket_wait_none({}, L),
      24,
      false,
      10
    );

    // QR: whole dots per module and a 4-module quiet zone, so every phone can read it.
    const size = qr.modules.size;
    const unit = Math.max(3, Math.floor((260 * s) / (size + 8)));
    const side = unit * (size + 8);
    const left = Math.floor((width - side) / 2);
    if (paint) {
      for (let r = 0; r < size; r++)
        for (let c = 0; c < size; c++)
          if (qr.modules.get(r, c)) ctx.fillRect(left + (c + 4) * unit, y + (r + 4) * unit, unit, unit);
    }
    y += side;
    text(m.ticket_qr_hint({}, L), 20, false, 8);
    rule();
    text(m.ticket_notice({}, L), 22);
    return y + Math.round(16 * s);
  };

  const measure = createCanvas(width, 10).getContext('2d');
  // ESC/POS raster bands are whole bytes wide and the encoder wants 8-row multiples.
  const height = Math.ceil(draw(measure, false) / 8) * 8;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  ctx.textAlign = 'center';
  draw(ctx, true);

  const rgba = ctx.getImageData(0, 0, width, height).data;
  const dots = new Uint8Array(width * height);
  // Text and QR are line art: a plain threshold keeps edges sharp (dithering would fuzz them).
  // Black on white leaves only greys, whose luminance is any one channel.
  for (let i = 0; i < dots.length; i++) dots[i] = rgba[i * 4] < 160 ? 1 : 0;
  return { width, height, dots };
}

/** Greedy word wrap; a single word longer than the line is left to overflow (never cut). */
function wrap(ctx: SKRSContext2D, value: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A 1-bit bitmap as opaque RGBA, black dots on white: for the encoder, PNGs and QR readers. */
export function bitmapToRgba(b: Bitmap): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(b.width * b.height * 4);
  for (let i = 0; i < b.dots.length; i++) {
    const v = b.dots[i] ? 0 : 255;
    rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = v;
    rgba[i * 4 + 3] = 255;
  }
  return rgba;
}

/** A 1-bit bitmap as a PNG: previews, the virtual printer, docs. */
export function bitmapToPng(b: Bitmap): Buffer {
  const canvas = createCanvas(b.width, b.height);
  const ctx = canvas.getContext('2d');
  const img = ctx.createImageData(b.width, b.height);
  img.data.set(bitmapToRgba(b));
  ctx.putImageData(img, 0, 0);
  return canvas.toBuffer('image/png');
}

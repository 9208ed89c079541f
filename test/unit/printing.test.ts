import { describe, expect, it } from 'vitest';
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import iconv from 'iconv-lite';
import jsQR from 'jsqr';
import { decodeEscPos } from '../../server/printing/decode';
import { encodeRaster, encodeTextKz1048 } from '../../server/printing/escpos';
import { PAPER_DOTS, bitmapToRgba, renderTicket, type Bitmap } from '../../server/printing/render';
import type { TicketView } from '../../server/queue/ticket-view';

export const KAZAKH_LETTERS = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі';

function ticket(over: Partial<TicketView> = {}): TicketView {
  return {
    token: 'tok-123',
    code: 'C-042',
    language: 'kk',
    office: {
      code: 'demo',
      nameKk: 'Азаматтарды қабылдау орталығы',
      nameRu: 'Центр приёма граждан',
      timeZone: 'Asia/Almaty'
    },
    service: { id: 2, nameKk: 'Консультация', nameRu: 'Консультация', prefix: 'C' },
    category: null,
    categoryStatus: null,
    outOfTurn: false,
    needsAssistance: false,
    status: 'WAITING',
    issuedAt: '2026-11-23T05:15:00.000Z',
    window: null,
    peopleAhead: 4,
    waitMinutes: 25,
    ...over
  };
}

const URL_ = 'http://192.168.1.10:3000/t/tok-123';

function inkIn(b: Bitmap, x0: number, x1: number): number {
  let n = 0;
  for (let y = 0; y < b.height; y++) for (let x = x0; x < x1; x++) n += b.dots[y * b.width + x];
  return n;
}

describe('the printed ticket', () => {
  it.each([80, 58] as const)(
    'on %d mm paper: the raster decoded from the ESC/POS bytes is the rendering, dot for dot, and fits',
    (paper) => {
      const bitmap = renderTicket(ticket({ outOfTurn: true }), URL_, paper);
      expect(bitmap.width).toBe(PAPER_DOTS[paper]);
      expect(bitmap.height % 8).toBe(0);
      const decoded = decodeEscPos(encodeRaster(bitmap, paper));
      expect(decoded.truncated).toBe(false);
      expect(decoded.cuts).toBe(1);
      expect(decoded.bitmap!.width).toBe(bitmap.width);
      expect(decoded.bitmap!.height).toBe(bitmap.height);
      expect(Buffer.from(decoded.bitmap!.dots).equals(Buffer.from(bitmap.dots))).toBe(true);
      // Nothing is drawn in the outermost 8 dots: the text fits the paper.
      expect(inkIn(bitmap, 0, 8) + inkIn(bitmap, bitmap.width - 8, bitmap.width)).toBe(0);
    }
  );

  it.each([80, 58] as const)(
    'on %d mm paper the QR code read back from the printed image is the ticket URL',
    (paper) => {
      const decoded = decodeEscPos(encodeRaster(renderTicket(ticket(), URL_, paper), paper)).bitmap!;
      expect(jsQR(bitmapToRgba(decoded), decoded.width, decoded.height)?.data).toBe(URL_);
    }
  );

  it('encodes the raster band for band as the encoder library would from the same picture', () => {
    for (const [language, paper] of [
      ['kk', 80],
      ['ru', 58]
    ] as const) {
      const bitmap = renderTicket(ticket({ language, outOfTurn: true }), URL_, paper);
      const viaLibrary = new ReceiptPrinterEncoder({
        language: 'esc-pos',
        imageMode: 'raster',
        columns: paper === 80 ? 48 : 32
      })
        .initialize()
        .image(
          { data: bitmapToRgba(bitmap), width: bitmap.width, height: bitmap.height },
          bitmap.width,
          bitmap.height,
          'threshold',
          128
        )
        .cut('full')
        .encode();
      expect(Buffer.from(encodeRaster(bitmap, paper)).equals(Buffer.from(viaLibrary))).toBe(true);
    }
  });

  it('draws Kazakh letters as glyphs: each letter has its own shape, none is a "?"', () => {
    // Render each letter as a one-word service name and compare the service line's ink.
    const shapes = new Map<string, string>();
    const line = (name: string) => {
      const b = renderTicket(ticket({ service: { id: 2, nameKk: name, nameRu: name, prefix: 'C' } }), URL_, 80);
      return Buffer.from(b.dots).toString('base64');
    };
    const question = line('?');
    for (const letter of KAZAKH_LETTERS) {
      const shape = line(letter);
      expect(shape, letter).not.toBe(question);
      shapes.set(letter, shape);
    }
    expect(new Set(shapes.values()).size).toBe(KAZAKH_LETTERS.length);
  });

  it('renders in the ticket language and marks out-of-turn tickets', () => {
    const kk = renderTicket(ticket(), URL_, 80);
    const ru = renderTicket(ticket({ language: 'ru' }), URL_, 80);
    const priority = renderTicket(ticket({ outOfTurn: true }), URL_, 80);
    expect(Buffer.from(kk.dots).equals(Buffer.from(ru.dots))).toBe(false);
    expect(priority.height).toBeGreaterThan(kk.height);
  });

  it('prints a Cyrillic prefix (Kazakh letters too) in KZ-1048 text mode as its own bytes', () => {
    for (const code of ['А-015', 'Қ-007', 'ӘҒ-120']) {
      const bytes = Buffer.from(encodeTextKz1048(ticket({ code }), URL_, 80));
      const expected = iconv.encode(code, 'rk1048');
      expect(expected.includes(0x3f), code).toBe(false); // no "?" stands in for a letter
      expect(bytes.indexOf(expected), code).toBeGreaterThan(0);
    }
  });

  it('in text mode selects KZ-1048 (ESC t 53) and sends all 18 Kazakh letters as its bytes', () => {
    const bytes = encodeTextKz1048(
      ticket({ service: { id: 2, nameKk: KAZAKH_LETTERS, nameRu: 'x', prefix: 'C' } }),
      URL_,
      80
    );
    const expected = iconv.encode(KAZAKH_LETTERS, 'rk1048');
    expect(expected).toHaveLength(18);
    expect(new Set(expected).size).toBe(18); // 18 distinct code points, none is "?"
    const at = Buffer.from(bytes).indexOf(expected);
    expect(at).toBeGreaterThan(0);
    // The code table in force at that point is 53.
    const before = Buffer.from(bytes.subarray(0, at));
    const lastSelect = before.lastIndexOf(Buffer.from([0x1b, 0x74]));
    expect(before[lastSelect + 2]).toBe(53);
    const decoded = decodeEscPos(bytes);
    expect(decoded.codepages).toContain(53);
    expect(decoded.qrcodes).toEqual([URL_]);
    expect(decoded.cuts).toBe(1);
    expect(decoded.text).not.toContain(0x3f); // no "?" anywhere
  });
});

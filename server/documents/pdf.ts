import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { Resvg } from '@resvg/resvg-js';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Chart, DocSection, TableDocument } from './model';

/**
 * A TableDocument as PDF (`pdf-lib`): A4, DejaVu Sans embedded from the `dejavu-fonts-ttf` npm
 * package (every Kazakh letter; pdf-lib's standard fonts are WinAnsi only), text wrapped to the
 * column, table rows broken across pages with the header repeated.
 */
const require = createRequire(import.meta.url);
const FONTS = { regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf', bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf' };
let fontBytes: { regular: Buffer; bold: Buffer } | undefined;

const A4 = { w: 595.28, h: 841.89 };
const MARGIN = { left: 56, right: 42, top: 48, bottom: 48 };
const INK = rgb(0.07, 0.12, 0.18);

export async function toPdf(doc: TableDocument): Promise<Buffer> {
  fontBytes ??= {
    regular: readFileSync(require.resolve(FONTS.regular)),
    bold: readFileSync(require.resolve(FONTS.bold))
  };
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(doc.title);
  pdf.setLanguage(doc.lang === 'kk' ? 'kk-KZ' : 'ru-RU');
  pdf.setCreator('Qabyldau');
  const regular = await pdf.embedFont(fontBytes.regular, { subset: true });
  const bold = await pdf.embedFont(fontBytes.bold, { subset: true });
  const PAGE = doc.landscape ? { w: A4.h, h: A4.w } : A4;
  const width = PAGE.w - MARGIN.left - MARGIN.right;

  let page: PDFPage = pdf.addPage([PAGE.w, PAGE.h]);
  let y = PAGE.h - MARGIN.top;
  const newPage = () => {
    page = pdf.addPage([PAGE.w, PAGE.h]);
    y = PAGE.h - MARGIN.top;
  };
  const ensure = (h: number) => {
    if (y - h < MARGIN.bottom) newPage();
  };
  const text = (
    t: string,
    o: { font?: PDFFont; size?: number; align?: 'left' | 'center' | 'right'; x?: number; w?: number } = {}
  ) => {
    const font = o.font ?? regular;
    const size = o.size ?? 11;
    const w = o.w ?? width;
    for (const line of wrap(t, font, size, w)) {
      ensure(size * 1.35);
      const lw = widthOf(font, line, size);
      const x = (o.x ?? MARGIN.left) + (o.align === 'center' ? (w - lw) / 2 : o.align === 'right' ? w - lw : 0);
      page.drawText(line, { x, y: y - size, size, font, color: INK });
      y -= size * 1.35;
    }
  };

  for (const l of doc.corner) text(l, { align: 'right' });
  y -= 12;
  text(doc.title, { font: bold, size: 14, align: 'center' });
  for (const l of doc.subtitle) text(l, { align: 'center' });
  y -= 10;
  for (const [k, v] of doc.facts) text(`${k}: ${v}`);
  for (const s of doc.sections) {
    y -= 10;
    ensure(40);
    text(s.heading, { font: bold, size: 12 });
    y -= 2;
    await drawSection(s);
  }
  y -= 12;
  for (const l of doc.footer) text(l);
  return Buffer.from(await pdf.save());

  /** A chart as a picture the width of the text, at three times its size (about 200 dpi on A4). */
  async function drawChart(c: Chart) {
    const png = new Resvg(c.svg, {
      fitTo: { mode: 'width', value: c.width * 3 },
      background: '#ffffff',
      font: {
        fontFiles: [require.resolve(FONTS.regular), require.resolve(FONTS.bold)],
        loadSystemFonts: false,
        defaultFontFamily: 'DejaVu Sans'
      }
    })
      .render()
      .asPng();
    const image = await pdf.embedPng(png);
    const w = Math.min(width, c.width * 0.75);
    const h = (w * c.height) / c.width;
    ensure(h + 8);
    page.drawImage(image, { x: MARGIN.left, y: y - h, width: w, height: h });
    y -= h + 8;
  }

  async function drawSection(s: DocSection) {
    if ('items' in s) return s.items.forEach((item, i) => text(`${i + 1}. ${item}`));
    if ('text' in s) return s.text.forEach((t) => text(t));
    if (s.chart) await drawChart(s.chart);
    const pad = 4;
    // No word is cut («желтоқса/н»): each column is at least as wide as its longest word, the room
    // left shared by the columns' weights; only when the longest words cannot all fit does the text
    // shrink (to 7 pt at least), and only a word wider than that is cut.
    const table = [s.table.columns.map((c) => c.title), ...s.table.rows];
    const weights = s.table.columns.map((c) => c.width);
    const sum = weights.reduce((a, x) => a + x, 0);
    const layout = (size: number) => {
      const least = weights.map(
        (_, i) =>
          Math.max(
            ...table.map((cells, r) =>
              Math.max(0, ...(cells[i] ?? '').split(/\s+/).map((w) => widthOf(r === 0 ? bold : regular, w, size)))
            )
          ) +
          2 * pad +
          1
      );
      // Proportional widths, raised to each column's least, the shortfall taken from the others' excess.
      let widths = weights.map((w) => (w / sum) * width);
      for (let pass = 0; pass < 4; pass++) {
        const short = widths.reduce((a, w, i) => a + Math.max(0, least[i] - w), 0);
        const room = widths.reduce((a, w, i) => a + Math.max(0, w - least[i]), 0);
        if (short <= 0.01 || room <= 0) break;
        widths = widths.map((w, i) => (w <= least[i] ? least[i] : w - (Math.min(short, room) * (w - least[i])) / room));
      }
      return { widths, fits: least.reduce((a, x) => a + x, 0) <= width };
    };
    let size = 9.5;
    let { widths, fits } = layout(size);
    while (!fits && size > 7) ({ widths, fits } = layout((size -= 0.5)));
    const row = (cells: string[], font: PDFFont) => {
      const lines = cells.map((c, i) => c.split('\n').flatMap((p) => wrap(p, font, size, widths[i] - 2 * pad)));
      const h = Math.max(...lines.map((l) => l.length)) * size * 1.3 + 2 * pad;
      return { lines, h };
    };
    const draw = (r: ReturnType<typeof row>, font: PDFFont, shade: boolean) => {
      let x = MARGIN.left;
      r.lines.forEach((cellLines, i) => {
        page.drawRectangle({
          x,
          y: y - r.h,
          width: widths[i],
          height: r.h,
          borderColor: rgb(0.55, 0.6, 0.67),
          borderWidth: 0.6,
          color: shade ? rgb(0.91, 0.93, 0.96) : undefined
        });
        cellLines.forEach((line, j) =>
          page.drawText(line, { x: x + pad, y: y - pad - size - j * size * 1.3, size, font, color: INK })
        );
        x += widths[i];
      });
      y -= r.h;
    };
    const header = row(
      s.table.columns.map((c) => c.title),
      bold
    );
    ensure(header.h + 20);
    draw(header, bold, true);
    for (const cells of s.table.rows) {
      const r = row(cells, regular);
      if (y - r.h < MARGIN.bottom) {
        newPage();
        draw(header, bold, true);
      }
      draw(r, regular, false);
    }
  }
}

/**
 * Width by summed glyph advances, cached per font and character: fontkit lays out the whole
 * string on every `widthOfTextAtSize`, and greedy wrapping measures every growing prefix —
 * 6.5 s for a weekly list of 1,600 rows (bench/control.ts). Kerning only narrows DejaVu's
 * pairs, so the sum never understates a line.
 */
const advances = new WeakMap<PDFFont, Map<string, number>>();
export function widthOf(font: PDFFont, t: string, size: number): number {
  let cache = advances.get(font);
  if (!cache) advances.set(font, (cache = new Map()));
  let w = 0;
  for (const ch of t) {
    let a = cache.get(ch);
    if (a === undefined) cache.set(ch, (a = font.widthOfTextAtSize(ch, 1)));
    w += a;
  }
  return w * size;
}

/** Greedy word wrap by measured width; a word longer than the line is cut where it no longer fits. */
export function wrap(t: string, font: PDFFont, size: number, max: number): string[] {
  const out: string[] = [];
  const space = widthOf(font, ' ', size);
  for (const para of t.split('\n')) {
    let line = '';
    let lineW = 0;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const w = widthOf(font, word, size);
      if (line && lineW + space + w <= max) {
        line += ` ${word}`;
        lineW += space + w;
        continue;
      }
      if (line) out.push(line);
      if (w <= max) {
        line = word;
        lineW = w;
        continue;
      }
      // Longer than the column: as many characters per line as fit.
      line = '';
      lineW = 0;
      for (const ch of word) {
        const cw = widthOf(font, ch, size);
        if (line && lineW + cw > max) {
          out.push(line);
          line = '';
          lineW = 0;
        }
        line += ch;
        lineW += cw;
      }
    }
    out.push(line);
  }
  return out;
}

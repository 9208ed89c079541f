import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { widthOf, wrap } from '../../server/documents/pdf';

const require = createRequire(import.meta.url);
let font: PDFFont;
beforeAll(async () => {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  font = await pdf.embedFont(readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')), { subset: true });
});

describe('PDF word wrap (cached glyph advances)', () => {
  const text =
    'Тұрғын үй-коммуналдық шаруашылық бөлімі өтініш берушіге Әуезов көшесіндегі жарық мәселесі бойынша жауап береді (Ә Ғ Қ Ң Ө Ұ Ү Һ І)';

  it('never lets a line run past the column by fontkit’s own measure, and keeps every word in order', () => {
    for (const max of [60, 95, 140, 300]) {
      const lines = wrap(text, font, 9.5, max);
      for (const l of lines) expect(font.widthOfTextAtSize(l, 9.5)).toBeLessThanOrEqual(max + 0.01);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });

  it('fills lines greedily: the next word would not have fitted', () => {
    const lines = wrap(text, font, 9.5, 140);
    expect(lines.length).toBeGreaterThan(3);
    for (let i = 0; i < lines.length - 1; i++) {
      const firstNext = lines[i + 1].split(' ')[0];
      expect(widthOf(font, `${lines[i]} ${firstNext}`, 9.5)).toBeGreaterThan(140);
    }
  });

  it('cuts a word longer than the column where it stops fitting, not one character a line', () => {
    const word = 'Жылжымайтынмүліктіңбірыңғаймемлекеттіктізілімі';
    const lines = wrap(word, font, 9.5, 60);
    expect(lines.join('')).toBe(word);
    for (const l of lines.slice(0, -1)) {
      expect(font.widthOfTextAtSize(l, 9.5)).toBeLessThanOrEqual(60);
      expect(l.length).toBeGreaterThan(5);
    }
  });

  it('keeps paragraphs and empty lines', () => {
    expect(wrap('бір\n\nекі', font, 10, 200)).toEqual(['бір', '', 'екі']);
  });
});

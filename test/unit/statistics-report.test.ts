import { describe, expect, it } from 'vitest';
import { hallFigures } from '../../server/statistics/rules/hall';
import { hallReportDocument, type ReportInput } from '../../server/statistics/rules/report';

/** The hall's statistics as a document: one language per file, every table of the page, no codes. */
describe('the hall statistics report', () => {
  const input = (): ReportInput => ({
    from: '2026-11-01',
    to: '2026-11-30',
    officeName: 'Орталық',
    filter: [],
    figures: hallFigures([]),
    byDay: [{ day: '2026-11-02', issued: 12, served: 11, noShow: 1, waitMedian: 4 }],
    byHour: [{ hour: 10, arrivals: 12, wait: { n: 11, median: 4, p90: 9, max: 12 } }],
    heatMap: Array.from({ length: 7 }, (_, w) => Array.from({ length: 24 }, (_, h) => (w === 0 && h === 10 ? 12 : 0))),
    groups: [{ heading: 'By window', column: 'Window', rows: [{ label: '1', figures: hallFigures([]) }] }],
    extras: [],
    drawnUp: '01.12.2026 10:00'
  });

  it('is in the reader’s language only, with the period written as people write it', () => {
    for (const [lang, own, other] of [
      ['kk', 'Берілген талондар', 'Выдано'],
      ['ru', 'Выдано талонов', 'Берілген']
    ] as const) {
      const doc = hallReportDocument(input(), lang, ['Дс', 'Сс', 'Ср', 'Бс', 'Жм', 'Сн', 'Жк']);
      const text = JSON.stringify(doc);
      expect(text).toContain(own);
      expect(text).not.toContain(other);
      expect(doc.subtitle).toContain('01.11.2026 – 30.11.2026');
      expect(doc.fileName).toBe(`hall-statistics-2026-11-01-2026-11-30-${lang}`);
    }
  });

  it('carries the heat map row by the hour and the day’s numbers as on the page', () => {
    const doc = hallReportDocument(input(), 'ru', ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс']);
    const tables = doc.sections.flatMap((s) => ('table' in s ? [s.table] : []));
    expect(tables.some((t) => t.rows.some((r) => r.join(' ') === '10:00 12 0 0 0 0 0 0'))).toBe(true);
    expect(tables.some((t) => t.rows.some((r) => r.join(' ') === '02.11.2026 12 11 1 4'))).toBe(true);
  });
});

import * as m from '../../../i18n/paraglide/messages.js';
import type { Chart, DocSection, TableDocument } from '../../documents';
import { formatShortDay } from '../../shared/months';
import type { Language } from '../../shared/language';

/**
 * A statistics view as sections — a heading, its table and, for some, a chart over it — built once
 * and drawn both by the page (each chart with its table beside it) and by its PDF and XLSX files,
 * so the screen and the files cannot disagree.
 */
export interface StatSection {
  id: string;
  heading: string;
  columns: string[];
  rows: string[][];
  chart?: Chart;
  /** What to say when there are no rows. */
  empty?: string;
}

export interface StatView {
  title: string;
  /** The figures at a glance: label and value. */
  facts: Array<[string, string]>;
  sections: StatSection[];
}

/** «11.2026»: a month as a short date writes it, the same in both languages. */
export const shortMonth = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;

export const cells = (...xs: Array<number | string>) => xs.map(String);

/** Sections as a document's: a table with its chart, or the words for none. */
export const docSections = (sections: readonly StatSection[]): DocSection[] =>
  sections.map((s) =>
    s.rows.length === 0 && s.empty
      ? { heading: s.heading, text: [s.empty] }
      : {
          heading: s.heading,
          chart: s.chart,
          table: { columns: s.columns.map((title, i) => ({ title, width: i === 0 ? 3 : 1 })), rows: s.rows }
        }
  );

/** The view as a document: one language, the period and filter under the title, A4 sideways. */
export function statDocument(
  v: StatView,
  d: { lang: Language; officeName: string; from: string; to: string; filter: string[]; drawnUp: string; file: string }
): TableDocument {
  const L = { locale: d.lang };
  return {
    lang: d.lang,
    corner: [],
    title: v.title,
    subtitle: [d.officeName, m.st_period({ from: formatShortDay(d.from), to: formatShortDay(d.to) }, L), ...d.filter],
    facts: v.facts,
    sections: docSections(v.sections),
    footer: [d.drawnUp],
    fileName: `${d.file}-${d.from}-${d.to}-${d.lang}`,
    landscape: true
  };
}

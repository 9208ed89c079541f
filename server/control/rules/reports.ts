import * as m from '../../../i18n/paraglide/messages.js';
import * as T from '../../../i18n/paraglide/labels';
import type { TableDocument } from '../../documents';
import { verbalDate } from '../../documents/rules/verbal-date';
import type { Language } from '../../shared/language';
import type { OfficialLine, SourceLine } from './control-counts';

/**
 * The quarterly reports: controlled assignments by source, to the head of apparatus by the
 * 20th of the month after the quarter (000 ¶185, 002 §12.17); and the reception rooms' report
 * to the Office of the Government (003 ¶40). Pure: the service passes the rows in.
 */

export const issuerName = (issuer: string, lang: Language) => T.doc_issuer[issuer]?.({}, { locale: lang }) ?? issuer;

/** The document's words in one language, from the message catalogue. */
const reportWords = (lang: Language) => {
  const L = { locale: lang };
  return {
    source: m.doc_r_source({}, L),
    rooms: m.doc_r_rooms({}, L),
    notConsidered: m.doc_r_notConsidered({}, L),
    quarter: (q: number, y: number) => m.doc_r_quarter({ q, y }, L),
    due: m.doc_r_due({}, L),
    sourceCols: [
      m.doc_r_sourceCols_0({}, L),
      m.doc_r_sourceCols_1({}, L),
      m.doc_r_sourceCols_2({}, L),
      m.doc_r_sourceCols_3({}, L),
      m.doc_r_sourceCols_4({}, L),
      m.doc_r_sourceCols_5({}, L),
      m.doc_r_sourceCols_6({}, L),
      m.doc_r_sourceCols_7({}, L)
    ],
    roomCols: [
      m.doc_r_roomCols_0({}, L),
      m.doc_r_roomCols_1({}, L),
      m.doc_r_roomCols_2({}, L),
      m.doc_r_roomCols_3({}, L),
      m.doc_r_roomCols_4({}, L),
      m.doc_r_roomCols_5({}, L),
      m.doc_r_roomCols_6({}, L),
      m.doc_r_roomCols_7({}, L)
    ],
    notRecorded: m.doc_r_notRecorded({}, L),
    total: m.doc_r_total({}, L)
  };
};

interface Head {
  office: { nameKk: string; nameRu: string };
  year: number;
  quarter: number;
  due: string;
  drawnUpBy: string;
}

export function sourceReportDocument(d: Head & { lines: SourceLine[] }, lang: Language): TableDocument {
  const r = reportWords(lang);
  const sum = (k: keyof Omit<SourceLine, 'issuer'>) => String(d.lines.reduce((n, l) => n + l[k], 0));
  const keys = ['total', 'removed', 'onTime', 'late', 'inWork', 'overdue', 'extended'] as const;
  return {
    lang,
    corner: [],
    title: r.source,
    subtitle: [lang === 'kk' ? d.office.nameKk : d.office.nameRu, r.quarter(d.quarter, d.year)],
    facts: [[r.due, verbalDate(d.due, lang)]],
    sections: [
      {
        heading: '',
        table: {
          columns: r.sourceCols.map((title, i) => ({ title, width: i === 0 ? 24 : 10 })),
          rows: [
            ...d.lines.map((l) => [issuerName(l.issuer, lang), ...keys.map((k) => String(l[k]))]),
            [r.total, ...keys.map(sum)]
          ]
        }
      }
    ],
    footer: [`${lang === 'kk' ? 'Құрастырған' : 'Составил'}: ${d.drawnUpBy}`],
    fileName: `quarter-sources-${d.year}-q${d.quarter}-${lang}`
  };
}

export function roomsReportDocument(
  d: Head & { lines: OfficialLine[]; notConsidered: number },
  lang: Language
): TableDocument {
  const r = reportWords(lang);
  return {
    lang,
    corner: [],
    title: r.rooms,
    subtitle: [lang === 'kk' ? d.office.nameKk : d.office.nameRu, r.quarter(d.quarter, d.year)],
    facts: [[r.notConsidered, String(d.notConsidered)]],
    sections: [
      {
        heading: '',
        table: {
          columns: r.roomCols.map((title, i) => ({ title, width: i === 0 ? 24 : 10 })),
          rows: d.lines.map((l) => [
            l.official,
            String(l.sessions),
            String(l.applicants),
            String(l.decisions),
            String(l.assignments),
            String(l.onTime),
            String(l.overdue),
            l.satisfaction === null ? r.notRecorded : l.satisfaction.toFixed(1)
          ])
        }
      }
    ],
    footer: [`${lang === 'kk' ? 'Құрастырған' : 'Составил'}: ${d.drawnUpBy}`],
    fileName: `quarter-rooms-${d.year}-q${d.quarter}-${lang}`
  };
}

// ───────── 000 ¶92: how promptly protocols were drawn up (weekly, on Monday) ─────────

export interface ProtocolLine {
  heldOn: string;
  kind: 'RECEPTION' | 'ORAL';
  chair: string;
  dueOn: string;
  regNo: string;
  regDate: string | null;
  /** The day it was signed; null while a draft, or when none was opened for a held reception. */
  signedOn: string | null;
}

export type Promptness = 'on_time' | 'late' | 'overdue' | 'in_time';

/** Signed by its due day, signed after it, still unsigned after it, or still unsigned within it. */
export function promptness(l: Pick<ProtocolLine, 'dueOn' | 'signedOn'>, today: string): Promptness {
  if (l.signedOn) return l.signedOn <= l.dueOn ? 'on_time' : 'late';
  return today > l.dueOn ? 'overdue' : 'in_time';
}

/** The document's words in one language, from the message catalogue. */
const promptnessWords = (lang: Language) => {
  const L = { locale: lang };
  return {
    title: m.doc_p_title({}, L),
    week: (from: string, to: string) => `${verbalDate(from, lang)} — ${verbalDate(to, lang)}`,
    cols: [
      m.doc_p_cols_0({}, L),
      m.doc_p_cols_1({}, L),
      m.doc_p_cols_2({}, L),
      m.doc_p_cols_3({}, L),
      m.doc_p_cols_4({}, L),
      m.doc_p_cols_5({}, L),
      m.doc_p_cols_6({}, L)
    ],
    kind: {
      RECEPTION: m.doc_p_kind_RECEPTION({}, L),
      ORAL: m.doc_p_kind_ORAL({}, L)
    },
    state: {
      on_time: m.doc_p_state_on_time({}, L),
      late: m.doc_p_state_late({}, L),
      overdue: m.doc_p_state_overdue({}, L),
      in_time: m.doc_p_state_in_time({}, L)
    },
    totals: m.doc_p_totals({}, L),
    none: m.doc_p_none({}, L)
  };
};

export function protocolsReportDocument(
  d: {
    office: { nameKk: string; nameRu: string };
    from: string;
    to: string;
    today: string;
    lines: ProtocolLine[];
    drawnUpBy: string;
  },
  lang: Language
): TableDocument {
  const p = promptnessWords(lang);
  const states = d.lines.map((l) => promptness(l, d.today));
  const count = (s: Promptness) => states.filter((x) => x === s).length;
  return {
    lang,
    corner: [],
    title: p.title,
    subtitle: [lang === 'kk' ? d.office.nameKk : d.office.nameRu, p.week(d.from, d.to)],
    facts: [
      [
        p.totals,
        `${d.lines.length}: ${(['on_time', 'late', 'overdue', 'in_time'] as const).map((s) => `${p.state[s]} — ${count(s)}`).join('; ')}`
      ]
    ],
    sections: [
      d.lines.length
        ? {
            heading: '',
            table: {
              columns: p.cols.map((title, i) => ({ title, width: [4, 11, 12, 20, 11, 16, 16][i] })),
              rows: d.lines.map((l, i) => [
                String(i + 1),
                verbalDate(l.heldOn, lang),
                p.kind[l.kind],
                l.chair,
                verbalDate(l.dueOn, lang),
                l.regDate ? `№ ${l.regNo}, ${verbalDate(l.regDate, lang)}` : '—',
                p.state[states[i]]
              ])
            }
          }
        : { heading: '', text: [p.none] }
    ],
    footer: [`${lang === 'kk' ? 'Құрастырған' : 'Составил'}: ${d.drawnUpBy}`],
    fileName: `protocols-week-${d.from}-${lang}`,
    landscape: true
  };
}

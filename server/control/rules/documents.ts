import * as m from '../../../i18n/paraglide/messages.js';
import * as T from '../../../i18n/paraglide/labels';
import type { TableDocument } from '../../documents';
import { verbalDate } from '../../documents/rules/verbal-date';
import type { Language } from '../../shared/language';
import { compareItemNumbers } from './terms';

/**
 * The documents of control of execution, one language per document (000 ¶99), dates written
 * verbal-numerically (000 ¶102): the reception protocol (items 1, 1.1 …), the weekly control
 * list (the nine columns of 000 ¶171 / 002 §12.4) and the quarterly reports (000 ¶185, 003 ¶40).
 */

type Named = { nameKk: string; nameRu: string };
const nameIn = (x: Named, lang: Language) => (lang === 'kk' ? x.nameKk : x.nameRu);

/** The document's words in one language, from the message catalogue. */
const words = (lang: Language) => {
  const L = { locale: lang };
  return {
    protocol: {
      RECEPTION: m.doc_w_protocol_RECEPTION({}, L),
      ORAL: m.doc_w_protocol_ORAL({}, L)
    },
    no: m.doc_w_no({}, L),
    chair: m.doc_w_chair({}, L),
    present: m.doc_w_present({}, L),
    absent: m.doc_w_absent({}, L),
    controller: m.doc_w_controller({}, L),
    heard: m.doc_w_heard({}, L),
    decision: m.doc_w_decision({}, L),
    executor: m.doc_w_executor({}, L),
    co: m.doc_w_co({}, L),
    due: m.doc_w_due({}, L),
    noDeadline: m.doc_w_noDeadline({}, L),
    info: m.doc_w_info({}, L),
    fromReception: m.doc_w_fromReception({}, L),
    appeal: m.doc_w_appeal({}, L),
    none: m.doc_w_none({}, L),
    drawnUp: m.doc_w_drawnUp({}, L),
    list: m.doc_w_list({}, L),
    period: m.doc_w_period({}, L),
    columns: [
      m.doc_w_columns_0({}, L),
      m.doc_w_columns_1({}, L),
      m.doc_w_columns_2({}, L),
      m.doc_w_columns_3({}, L),
      m.doc_w_columns_4({}, L),
      m.doc_w_columns_5({}, L),
      m.doc_w_columns_6({}, L),
      m.doc_w_columns_7({}, L),
      m.doc_w_columns_8({}, L),
      m.doc_w_columns_9({}, L)
    ],
    removed: m.doc_w_removed({}, L),
    extended: (n: number, first: string) => m.doc_w_extended({ count: n, first }, L),
    overdue: m.doc_w_overdue({}, L),
    reported: m.doc_w_reported({}, L),
    corrected: (before: string) => m.doc_w_corrected({ before }, L),
    central: (date: string, ref: string, before: string) => m.doc_w_central({ date, ref, before }, L),
    total: m.doc_w_total({}, L),
    to: m.doc_w_to({}, L)
  };
};

export interface ProtocolData {
  kind: 'RECEPTION' | 'ORAL';
  office: Named;
  regNo: string;
  regDate: string | null;
  heldOn: string;
  chairName: string;
  chairPosition: Named;
  attendees: Array<Named & { present: boolean }>;
  controller: string;
  items: Array<{ position: number; applicantName: string; substance: string; decision: string }>;
  assignments: Array<{
    itemPosition: number;
    number: string;
    content: string;
    lead: Named;
    co: Named[];
    deadline: string;
    onControl: boolean;
    appealRegNo: string | null;
  }>;
  drawnUpBy: string;
}

export function protocolDocument(d: ProtocolData, lang: Language): TableDocument {
  const w = words(lang);
  const present = d.attendees.filter((a) => a.present).map((a) => nameIn(a, lang));
  const absent = d.attendees.filter((a) => !a.present).map((a) => nameIn(a, lang));
  const text: string[] = [];
  for (const item of d.items) {
    text.push(`${item.position}. ${item.applicantName}${item.substance ? ` — ${item.substance}` : ''}`);
    text.push(`${w.decision}: ${item.decision}`);
    for (const a of d.assignments
      .filter((x) => x.itemPosition === item.position)
      .sort((x, y) => compareItemNumbers(x.number, y.number))) {
      const who = `${w.executor}: ${nameIn(a.lead, lang)}${a.co.length ? `; ${w.co}: ${a.co.map((c) => nameIn(c, lang)).join(', ')}` : ''}`;
      const when = a.onControl ? `${w.due}: ${verbalDate(a.deadline, lang)}` : w.info;
      const appeal = a.appealRegNo ? ` (${w.appeal} № ${a.appealRegNo}, «${w.fromReception}»)` : '';
      text.push(`${a.number}. ${a.content}${appeal}. ${who}; ${when}.`);
    }
  }
  return {
    lang,
    corner: [],
    title: `${w.protocol[d.kind]}${d.regNo ? ` ${w.no} ${d.regNo}` : ''}`,
    subtitle: [nameIn(d.office, lang), verbalDate(d.regDate ?? d.heldOn, lang)],
    facts: [
      [w.chair, `${d.chairName}${d.chairName ? `, ${nameIn(d.chairPosition, lang)}` : ''}`],
      [w.present, present.join('; ') || w.none],
      [w.absent, absent.join('; ') || w.none],
      [w.controller, d.controller]
    ],
    sections: [{ heading: w.heard, text }],
    footer: [`${w.drawnUp}: ${d.drawnUpBy}`],
    fileName: `protocol-${d.regNo || d.heldOn}-${lang}`.replace(/[^\p{L}\p{N}._-]+/gu, '_')
  };
}

export interface ListRow {
  sourceKind: string;
  sourceRef: string;
  givenOn: string;
  number: string;
  content: string;
  executors: Array<Named & { lead: boolean }>;
  deadline: string;
  firstDeadline: string;
  extensions: number;
  state: string;
  removedOn: string | null;
  removalGround: string | null;
  reportedOn: string | null;
  fromReception: boolean;
  light: string | null;
  /**
   * Deadlines moved outside the extension workflow (000 ¶174, issue 21): a corrected registration
   * error, or a new deadline the central body gave by letter. The note column names each.
   */
  moves?: Array<
    | { kind: 'CORRECTION'; before: string }
    | { kind: 'CENTRAL_BODY'; before: string; letterRef: string; letterDate: string }
  >;
}

/** The weekly control list to the apparatus leadership: the nine columns of 000 ¶171 (002 §12.4). */
export function controlListDocument(
  d: { office: Named; from: string; to: string; rows: ListRow[]; drawnUpBy: string },
  lang: Language
): TableDocument {
  const w = words(lang);
  const rows = d.rows.map((r, i) => {
    const lead = r.executors.filter((e) => e.lead).map((e) => nameIn(e, lang));
    const co = r.executors.filter((e) => !e.lead).map((e) => nameIn(e, lang));
    const notes = [
      r.fromReception ? w.fromReception : '',
      r.light === 'red' && !r.removedOn ? w.overdue : '',
      r.reportedOn && !r.removedOn ? `${w.reported} ${verbalDate(r.reportedOn, lang)}` : '',
      ...(r.moves ?? []).map((m) =>
        m.kind === 'CORRECTION'
          ? w.corrected(verbalDate(m.before, lang))
          : w.central(verbalDate(m.letterDate, lang), m.letterRef, verbalDate(m.before, lang))
      )
    ].filter(Boolean);
    return [
      String(i + 1),
      `${T.doc_source[r.sourceKind]?.({}, { locale: lang }) ?? r.sourceKind}${r.sourceRef ? ` № ${r.sourceRef}` : ''}, ${w.no} ${r.number}`,
      verbalDate(r.givenOn, lang),
      r.content,
      [...lead, ...co].join(', '),
      verbalDate(r.deadline, lang),
      r.removedOn ? `${w.removed} ${verbalDate(r.removedOn, lang)}` : '',
      r.removalGround ? (T.doc_ground[r.removalGround]?.({}, { locale: lang }) ?? r.removalGround) : '',
      r.extensions > 0 ? w.extended(r.extensions, verbalDate(r.firstDeadline, lang)) : '',
      notes.join('; ')
    ];
  });
  // The note column carries the corrections and central-body deadlines (issue 21): room for them.
  const widths = [3, 12, 9, 24, 13, 9, 8, 9, 9, 15];
  return {
    lang,
    corner: [w.to],
    title: w.list,
    subtitle: [nameIn(d.office, lang), `${w.period}: ${verbalDate(d.from, lang)} – ${verbalDate(d.to, lang)}`],
    facts: [[w.total, String(rows.length)]],
    sections: [{ heading: '', table: { columns: w.columns.map((title, i) => ({ title, width: widths[i] })), rows } }],
    footer: [`${lang === 'kk' ? 'Құрастырған' : 'Составил'}: ${d.drawnUpBy}`],
    fileName: `control-list-${d.from}-${lang}`,
    landscape: true
  };
}

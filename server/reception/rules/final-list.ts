import * as m from '../../../i18n/paraglide/messages.js';
import { category } from '../../../i18n/paraglide/labels';
import type { TableDocument } from '../../documents';
import { verbalDate } from '../../documents/rules/verbal-date';
import type { Language } from '../../shared/language';

/**
 * The final list of the people to be received at a session (001 §13.2, 002 §15.2, 000 ¶208):
 * full names, issues raised, the invited officials — one document per language (000 ¶99).
 */
export interface FinalListData {
  office: { nameKk: string; nameRu: string };
  session: {
    date: string;
    startsAt: string;
    endsAt: string;
    room: { number: number } | null;
    placeKk: string;
    placeRu: string;
  };
  official: { fullName: string; positionKk: string; positionRu: string };
  recipient: { kk: string; ru: string };
  due: string;
  invited: Array<{ nameKk: string; nameRu: string }>;
  applicants: Array<{
    slotTime: string | null;
    fullName: string;
    substance: string;
    category: string | null;
    representedName: string;
    interpreterNeeded: boolean;
    language: string;
  }>;
  drawnUpBy: string;
  drawnUpOn: string;
}

/** Reception order within a session: out-of-turn categories first (003 ¶12), then by time. */
export function receptionOrder<T extends { category: string | null; slotTime: string | null }>(
  list: readonly T[]
): T[] {
  return [...list].sort(
    (a, b) =>
      Number(b.category !== null) - Number(a.category !== null) || (a.slotTime ?? '').localeCompare(b.slotTime ?? '')
  );
}

/** The document's words in one language, from the message catalogue. */
const words = (lang: Language) => {
  const L = { locale: lang };
  return {
    title: m.doc_words_title({}, L),
    due: m.doc_words_due({}, L),
    count: m.doc_words_count({}, L),
    place: m.doc_words_place({}, L),
    room: m.doc_words_room({}, L),
    list: m.doc_words_list({}, L),
    columns: [
      m.doc_words_columns_0({}, L),
      m.doc_words_columns_1({}, L),
      m.doc_words_columns_2({}, L),
      m.doc_words_columns_3({}, L),
      m.doc_words_columns_4({}, L)
    ],
    invited: m.doc_words_invited({}, L),
    noInvited: m.doc_words_noInvited({}, L),
    interpreter: m.doc_words_interpreter({}, L),
    language: m.doc_words_language({}, L),
    for: m.doc_words_for({}, L),
    by: m.doc_words_by({}, L)
  };
};

export function finalListDocument(d: FinalListData, lang: Language): TableDocument {
  const w = words(lang);
  const L = { locale: lang };
  const note = (a: FinalListData['applicants'][number]) =>
    [
      a.category ? `★ ${category[a.category]?.({}, L) ?? a.category}` : '',
      a.representedName ? `${w.for}: ${a.representedName}` : '',
      a.interpreterNeeded ? w.interpreter : '',
      a.language !== lang ? w.language : ''
    ]
      .filter(Boolean)
      .join('; ');
  const ordered = receptionOrder(d.applicants);
  const place = d.session.room
    ? `${w.room} ${d.session.room.number}`
    : lang === 'kk'
      ? d.session.placeKk
      : d.session.placeRu;
  return {
    lang,
    corner: [lang === 'kk' ? d.recipient.kk : d.recipient.ru],
    title: w.title,
    subtitle: [
      `${d.official.fullName}, ${lang === 'kk' ? d.official.positionKk : d.official.positionRu}`,
      `${verbalDate(d.session.date, lang)}, ${d.session.startsAt}–${d.session.endsAt}${place ? `, ${place}` : ''}`,
      lang === 'kk' ? d.office.nameKk : d.office.nameRu
    ],
    facts: [
      [w.due, verbalDate(d.due, lang)],
      [w.count, String(ordered.length)]
    ],
    sections: [
      {
        heading: w.list,
        table: {
          columns: w.columns.map((title, i) => ({ title, width: [0.5, 1.1, 2.4, 3.8, 2.2][i] })),
          rows: ordered.map((a, i) => [String(i + 1), a.slotTime ?? '', a.fullName, a.substance, note(a)])
        }
      },
      d.invited.length
        ? { heading: w.invited, items: d.invited.map((x) => (lang === 'kk' ? x.nameKk : x.nameRu)) }
        : { heading: w.invited, text: [w.noInvited] }
    ],
    footer: [`${w.by}: ${d.drawnUpBy}, ${verbalDate(d.drawnUpOn, lang)}`],
    fileName: `final-list-${d.session.date}-${lang}`
  };
}

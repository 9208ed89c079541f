import type { TableDocument } from '../../documents';
import { verbalDate } from '../../documents/rules/verbal-date';
import type { Language } from '../../shared/language';
import { plural } from '../../shared/plural';
import { compareItemNumbers } from './terms';

/**
 * The documents of control of execution, one language per document (000 ¶99), dates written
 * verbal-numerically (000 ¶102): the reception protocol (items 1, 1.1 …), the weekly control
 * list (the nine columns of 000 ¶171 / 002 §12.4) and the quarterly reports (000 ¶185, 003 ¶40).
 */

type Named = { nameKk: string; nameRu: string };
const nameIn = (x: Named, lang: Language) => (lang === 'kk' ? x.nameKk : x.nameRu);

export const W = {
  kk: {
    protocol: { RECEPTION: 'Азаматтарды жеке қабылдау хаттамасы', ORAL: 'Ауызша өтініштер хаттамасы' },
    no: '№',
    chair: 'Төрағалық еткен',
    present: 'Қатысқандар',
    absent: 'Қатыспағандар',
    controller: 'Тапсырмалардың орындалуын бақылау жүктелді',
    heard: 'Қаралған мәселелер',
    decision: 'Шешім',
    executor: 'Орындаушы',
    co: 'бірлесіп орындаушылар',
    due: 'мерзімі',
    noDeadline: 'мерзімсіз',
    info: 'назарға алынды',
    fromReception: 'жеке қабылдаудан',
    appeal: 'өтініш',
    none: 'жоқ',
    drawnUp: 'Хаттаманы жасаған',
    list: 'Бақылаудағы тапсырмалардың апталық тізбесі',
    period: 'Кезең',
    columns: [
      '№',
      'Тапсырма берілген іс-шараның түрі',
      'Тапсырма берілген күн',
      'Тапсырманың мазмұны',
      'Орындаушылар',
      'Орындау мерзімі',
      'Бақылаудан алынғаны туралы белгі',
      'Бақылаудан алу негізі',
      'Мерзімді ұзарту туралы белгі',
      'Ескерту'
    ],
    removed: 'алынды',
    extended: (n: number, first: string) => `${n} рет ұзартылды (бастапқы мерзімі ${first})`,
    overdue: 'мерзімі өтті',
    reported: 'орындалғаны туралы ақпарат берілді',
    corrected: (before: string) => `тіркеу қатесі түзетілді (бұрынғы мерзімі ${before})`,
    central: (date: string, ref: string, before: string) =>
      `мерзімді орталық орган ${date} № ${ref} хатымен белгіледі (бұрынғы мерзімі ${before})`,
    total: 'Барлығы',
    to: 'Аппарат басшылығына'
  },
  ru: {
    protocol: { RECEPTION: 'Протокол личного приёма граждан', ORAL: 'Протокол устных обращений' },
    no: '№',
    chair: 'Председательствовал',
    present: 'Присутствовали',
    absent: 'Отсутствовали',
    controller: 'Контроль исполнения поручений возложен на',
    heard: 'Рассмотренные вопросы',
    decision: 'Решение',
    executor: 'Исполнитель',
    co: 'соисполнители',
    due: 'срок',
    noDeadline: 'без срока',
    info: 'принято к сведению',
    fromReception: 'с личного приёма',
    appeal: 'обращение',
    none: 'нет',
    drawnUp: 'Протокол составил',
    list: 'Еженедельный перечень поручений, находящихся на контроле',
    period: 'Период',
    columns: [
      '№',
      'Вид мероприятия, на котором дано поручение',
      'Дата поручения',
      'Содержание поручения',
      'Исполнители',
      'Срок исполнения',
      'Отметка о снятии с контроля',
      'Основание снятия с контроля',
      'Отметка о продлении срока',
      'Примечание'
    ],
    removed: 'снято',
    extended: (n: number, first: string) =>
      `продлено ${n} ${plural('ru', n, { one: 'раз', few: 'раза', many: 'раз', other: 'раза' })} (первоначальный срок ${first})`,
    overdue: 'просрочено',
    reported: 'представлена информация об исполнении',
    corrected: (before: string) => `исправлена ошибка регистрации (прежний срок ${before})`,
    central: (date: string, ref: string, before: string) =>
      `срок установлен письмом центрального органа от ${date} № ${ref} (прежний срок ${before})`,
    total: 'Всего',
    to: 'Руководству аппарата'
  }
} as const;

export const SOURCE_WORDS: Record<string, { kk: string; ru: string }> = {
  RECEPTION_PROTOCOL: { kk: 'Жеке қабылдау', ru: 'Личный приём' },
  ORAL_PROTOCOL: { kk: 'Ауызша өтініштер', ru: 'Устные обращения' },
  MEETING_PROTOCOL: { kk: 'Кеңес хаттамасы', ru: 'Протокол совещания' },
  APPEAL: { kk: 'Өтініш', ru: 'Обращение' },
  ACT: { kk: 'Акт', ru: 'Акт' }
};

export const GROUND_WORDS: Record<string, { kk: string; ru: string }> = {
  EXECUTED: { kk: 'толық және сапалы орындалды', ru: 'исполнено полностью и качественно' },
  IMPOSSIBLE: {
    kk: 'объективті жағдайларға байланысты орындау мүмкін емес',
    ru: 'невозможность исполнения по объективным причинам'
  },
  DUPLICATE: { kk: 'қайталанатын тапсырма', ru: 'дублирующее поручение' },
  NOT_RELEVANT: { kk: 'өзектілігін жоғалтты', ru: 'утратило актуальность' },
  FINAL_ANSWER: {
    kk: 'өтініш берушіге түпкілікті дәлелді жауап берілді',
    ru: 'заявителю дан окончательный мотивированный ответ'
  }
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
  const w = W[lang];
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
  const w = W[lang];
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
      `${SOURCE_WORDS[r.sourceKind]?.[lang] ?? r.sourceKind}${r.sourceRef ? ` № ${r.sourceRef}` : ''}, ${w.no} ${r.number}`,
      verbalDate(r.givenOn, lang),
      r.content,
      [...lead, ...co].join(', '),
      verbalDate(r.deadline, lang),
      r.removedOn ? `${w.removed} ${verbalDate(r.removedOn, lang)}` : '',
      r.removalGround ? (GROUND_WORDS[r.removalGround]?.[lang] ?? r.removalGround) : '',
      r.extensions > 0 ? w.extended(r.extensions, verbalDate(r.firstDeadline, lang)) : '',
      notes.join('; ')
    ];
  });
  const widths = [3, 12, 9, 26, 14, 9, 8, 10, 10, 10];
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

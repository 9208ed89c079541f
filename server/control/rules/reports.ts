import type { TableDocument } from '../../documents';
import { verbalDate } from '../../documents/rules/verbal-date';
import type { Language } from '../../shared/language';
import { ISSUERS } from './sources';
import { executedOnTime } from './terms';

/**
 * The quarterly reports: controlled assignments by source, to the head of apparatus by the
 * 20th of the month after the quarter (000 ¶185, 002 §12.17); and the reception rooms' report
 * to the Office of the Government (003 ¶40). Pure: the service passes the rows in.
 */

export interface ReportAssignment {
  issuer: string;
  deadline: string;
  givenOn: string;
  state: string;
  reportedOn: string | null;
  removedOn: string | null;
  extensions: number;
}

export interface SourceLine {
  issuer: string;
  total: number;
  removed: number;
  onTime: number;
  late: number;
  inWork: number;
  overdue: number;
  extended: number;
}

/** Counts for the assignments under control at some point of the quarter [from, to]. */
export function bySource(rows: readonly ReportAssignment[], from: string, to: string): SourceLine[] {
  const lines = new Map<string, SourceLine>(
    ISSUERS.map((i) => [i, { issuer: i, total: 0, removed: 0, onTime: 0, late: 0, inWork: 0, overdue: 0, extended: 0 }])
  );
  for (const a of rows) {
    if (a.state === 'INFO' || a.givenOn > to || (a.removedOn !== null && a.removedOn < from)) continue;
    const l = lines.get(a.issuer);
    if (!l) continue;
    l.total++;
    if (a.extensions > 0) l.extended++;
    if (a.removedOn !== null && a.removedOn <= to) l.removed++;
    if (a.reportedOn !== null && a.reportedOn <= to) {
      if (executedOnTime(a)) l.onTime++;
      else l.late++;
    } else if (a.deadline < to) l.overdue++;
    else l.inWork++;
  }
  return [...lines.values()];
}

export interface OfficialLine {
  official: string;
  sessions: number;
  applicants: number;
  decisions: number;
  assignments: number;
  onTime: number;
  overdue: number;
  /** Average rating where the survey recorded one; null when none was recorded. */
  satisfaction: number | null;
}

const ISSUER_WORDS: Record<string, { kk: string; ru: string }> = {
  PRESIDENT: { kk: 'ҚР Президенті', ru: 'Президент РК' },
  STATE_SECRETARY: { kk: 'ҚР Мемлекеттік хатшысы', ru: 'Государственный секретарь РК' },
  PRIME_MINISTER: { kk: 'ҚР Премьер-Министрі', ru: 'Премьер-Министр РК' },
  PRES_ADMIN: { kk: 'ҚР Президенті Әкімшілігінің Басшысы', ru: 'Руководитель Администрации Президента РК' },
  GOV_OFFICE: { kk: 'ҚР Үкімет Аппаратының Басшысы', ru: 'Руководитель Аппарата Правительства РК' },
  AKIM: { kk: 'Әкім', ru: 'Аким' },
  DEPUTY_AKIM: { kk: 'Әкімнің орынбасарлары', ru: 'Заместители акима' },
  HEAD: { kk: 'Аппарат басшысы', ru: 'Руководитель аппарата' }
};
export const issuerName = (issuer: string, lang: Language) => ISSUER_WORDS[issuer]?.[lang] ?? issuer;

const R = {
  kk: {
    source: 'Бақылаудағы тапсырмалардың орындалуы туралы тоқсандық жиынтық есеп',
    rooms: 'Қабылдау бөлмелерінің жұмысы туралы тоқсандық есеп',
    notConsidered: 'Мәселенің мәні баяндалмағандықтан қаралмаған жолданымдар (003 ¶5)',
    quarter: (q: number, y: number) => `${y} жылғы ${q}-тоқсан`,
    due: 'Ұсыну мерзімі',
    sourceCols: [
      'Тапсырма көзі',
      'Бақылауда',
      'Бақылаудан алынды',
      'Мерзімінде орындалды',
      'Мерзімі бұзылып орындалды',
      'Орындалуда',
      'Мерзімі өтті',
      'Мерзімі ұзартылды'
    ],
    roomCols: [
      'Лауазымды адам',
      'Қабылдау күндері',
      'Қабылданған азаматтар',
      'Қабылданған шешімдер',
      'Тапсырмалар',
      'Мерзімінде орындалды',
      'Мерзімі өтті',
      'Қанағаттану (1–5)'
    ],
    notRecorded: 'тіркелмеген',
    total: 'Барлығы'
  },
  ru: {
    source: 'Квартальный сводный отчёт об исполнении поручений, находящихся на контроле',
    rooms: 'Квартальный отчёт о работе приёмных',
    notConsidered: 'Обращения, не рассмотренные: суть вопроса не изложена (003 ¶5)',
    quarter: (q: number, y: number) => `${q} квартал ${y} года`,
    due: 'Срок представления',
    sourceCols: [
      'Источник поручения',
      'На контроле',
      'Снято с контроля',
      'Исполнено в срок',
      'Исполнено с нарушением срока',
      'На исполнении',
      'Просрочено',
      'Срок продлён'
    ],
    roomCols: [
      'Должностное лицо',
      'Дней приёма',
      'Принято граждан',
      'Принято решений',
      'Поручений',
      'Исполнено в срок',
      'Просрочено',
      'Удовлетворённость (1–5)'
    ],
    notRecorded: 'не записано',
    total: 'Итого'
  }
} as const;

interface Head {
  office: { nameKk: string; nameRu: string };
  year: number;
  quarter: number;
  due: string;
  drawnUpBy: string;
}

export function sourceReportDocument(d: Head & { lines: SourceLine[] }, lang: Language): TableDocument {
  const r = R[lang];
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
  const r = R[lang];
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

const P = {
  kk: {
    title: 'Хаттамалардың уақтылы ресімделуі туралы апталық ақпарат',
    week: (from: string, to: string) => `${verbalDate(from, 'kk')} — ${verbalDate(to, 'kk')}`,
    cols: ['№', 'Өткізілген күні', 'Түрі', 'Төраға', 'Ресімдеу мерзімі', 'Тіркеу нөмірі мен күні', 'Жағдайы'],
    kind: { RECEPTION: 'Жеке қабылдау', ORAL: 'Ауызша өтініштер' },
    state: {
      on_time: 'Мерзімінде ресімделді',
      late: 'Мерзімі бұзылып ресімделді',
      overdue: 'Ресімделмеген, мерзімі өтті',
      in_time: 'Ресімделуде, мерзімі өтпеген'
    },
    totals: 'Барлығы',
    none: 'Аптада қабылдау өткізілмеген'
  },
  ru: {
    title: 'Еженедельная информация о своевременности оформления протоколов',
    week: (from: string, to: string) => `${verbalDate(from, 'ru')} — ${verbalDate(to, 'ru')}`,
    cols: [
      '№',
      'Дата проведения',
      'Вид',
      'Председатель',
      'Срок оформления',
      'Регистрационный номер и дата',
      'Состояние'
    ],
    kind: { RECEPTION: 'Личный приём', ORAL: 'Устные обращения' },
    state: {
      on_time: 'Оформлен в срок',
      late: 'Оформлен с нарушением срока',
      overdue: 'Не оформлен, срок истёк',
      in_time: 'Оформляется, срок не истёк'
    },
    totals: 'Итого',
    none: 'Приёмы на неделе не проводились'
  }
} as const;

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
  const p = P[lang];
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

import type { TableDocument } from '../../documents/model';
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
  const lines = new Map<string, SourceLine>(ISSUERS.map((i) => [i, { issuer: i, total: 0, removed: 0, onTime: 0, late: 0, inWork: 0, overdue: 0, extended: 0 }]));
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
    quarter: (q: number, y: number) => `${y} жылғы ${q}-тоқсан`,
    due: 'Ұсыну мерзімі',
    sourceCols: ['Тапсырма көзі', 'Бақылауда', 'Бақылаудан алынды', 'Мерзімінде орындалды', 'Мерзімі бұзылып орындалды', 'Орындалуда', 'Мерзімі өтті', 'Мерзімі ұзартылды'],
    roomCols: ['Лауазымды адам', 'Қабылдау күндері', 'Қабылданған азаматтар', 'Қабылданған шешімдер', 'Тапсырмалар', 'Мерзімінде орындалды', 'Мерзімі өтті', 'Қанағаттану (1–5)'],
    notRecorded: 'тіркелмеген',
    total: 'Барлығы'
  },
  ru: {
    source: 'Квартальный сводный отчёт об исполнении поручений, находящихся на контроле',
    rooms: 'Квартальный отчёт о работе приёмных',
    quarter: (q: number, y: number) => `${q} квартал ${y} года`,
    due: 'Срок представления',
    sourceCols: ['Источник поручения', 'На контроле', 'Снято с контроля', 'Исполнено в срок', 'Исполнено с нарушением срока', 'На исполнении', 'Просрочено', 'Срок продлён'],
    roomCols: ['Должностное лицо', 'Дней приёма', 'Принято граждан', 'Принято решений', 'Поручений', 'Исполнено в срок', 'Просрочено', 'Удовлетворённость (1–5)'],
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
          rows: [...d.lines.map((l) => [issuerName(l.issuer, lang), ...keys.map((k) => String(l[k]))]), [r.total, ...keys.map(sum)]]
        }
      }
    ],
    footer: [`${lang === 'kk' ? 'Құрастырған' : 'Составил'}: ${d.drawnUpBy}`],
    fileName: `quarter-sources-${d.year}-q${d.quarter}-${lang}`
  };
}

export function roomsReportDocument(d: Head & { lines: OfficialLine[] }, lang: Language): TableDocument {
  const r = R[lang];
  return {
    lang,
    corner: [],
    title: r.rooms,
    subtitle: [lang === 'kk' ? d.office.nameKk : d.office.nameRu, r.quarter(d.quarter, d.year)],
    facts: [],
    sections: [
      {
        heading: '',
        table: {
          columns: r.roomCols.map((title, i) => ({ title, width: i === 0 ? 24 : 10 })),
          rows: d.lines.map((l) => [l.official, String(l.sessions), String(l.applicants), String(l.decisions), String(l.assignments), String(l.onTime), String(l.overdue), l.satisfaction === null ? r.notRecorded : l.satisfaction.toFixed(1)])
        }
      }
    ],
    footer: [`${lang === 'kk' ? 'Құрастырған' : 'Составил'}: ${d.drawnUpBy}`],
    fileName: `quarter-rooms-${d.year}-q${d.quarter}-${lang}`
  };
}

import * as m from '../../../i18n/paraglide/messages.js';
import type { TableDocument } from '../../documents';
import { formatShortDay } from '../../shared/months';
import type { Language } from '../../shared/language';
import type { HallFigures } from './hall';
import { clock, hallCharts } from './hall-charts';
import { decimal } from './hall-sections';
import { docSections, type StatSection } from './sections';
import type { Summary } from './summary';

/**
 * The hall's statistics as a document (issue 23): the figures and every table of the page, in one
 * language, for XLSX (the figures, to copy and sum) and PDF (to file or print on A4). Pure: the
 * service passes the view in, with the names of its services, windows and specialists resolved.
 */
export interface ReportInput {
  from: string;
  to: string;
  officeName: string;
  filter: string[];
  figures: HallFigures;
  byDay: Array<{ day: string; issued: number; served: number; noShow: number; waitMedian: number | null }>;
  byHour: Array<{ hour: number; arrivals: number; wait: Summary }>;
  heatMap: number[][];
  groups: Array<{ heading: string; column: string; rows: Array<{ label: string; figures: HallFigures }> }>;
  /** The windows' time, help calls, ratings and comments (rules/hall-sections.ts). */
  extras: StatSection[];
  drawnUp: string;
}

const num = (v: number | null) => (v === null ? '—' : String(v));

export function hallReportDocument(d: ReportInput, lang: Language, weekdays: readonly string[]): TableDocument {
  const L = { locale: lang };
  const f = d.figures;
  const charts = hallCharts(d, lang, weekdays);
  const col = (title: string, width = 1) => ({ title, width });
  const summaryRows = (title: string, s: Summary) => [
    [title, m.st_median({}, L), num(s.median)],
    [title, m.st_p90({}, L), num(s.p90)],
    [title, m.st_max({}, L), num(s.max)]
  ];
  return {
    lang,
    corner: [],
    title: m.staff_statistics({}, L),
    subtitle: [d.officeName, m.st_period({ from: formatShortDay(d.from), to: formatShortDay(d.to) }, L), ...d.filter],
    facts: [
      [m.st_issued({}, L), String(f.issued.total)],
      ['', m.st_issued_split({ kiosk: f.issued.kiosk, desk: f.issued.desk, checkIn: f.issued.check_in }, L)],
      [m.st_served({}, L), String(f.served)],
      [m.st_no_show({}, L), String(f.noShow)],
      [m.st_transferred({}, L), String(f.transferred)],
      [m.st_unserved({}, L), String(f.unserved)],
      [m.st_out_of_turn({}, L), String(f.outOfTurn)],
      ['', m.st_languages({ kk: f.languages.kk, ru: f.languages.ru }, L)],
      [m.st_rating_avg({}, L), `${decimal(f.satisfaction.average)} (${m.st_rated({ n: f.satisfaction.n }, L)})`]
    ],
    sections: [
      {
        heading: `${m.st_wait({}, L)} · ${m.st_service_time({}, L)}`,
        table: {
          columns: [col('', 3), col('', 2), col(m.st_min({ value: '' }, L).trim())],
          rows: [
            ...summaryRows(m.st_wait({}, L), f.wait),
            ...summaryRows(m.st_wait_oot({}, L), f.waitOutOfTurn),
            ...summaryRows(m.st_service_time({}, L), f.service)
          ]
        }
      },
      {
        heading: m.st_by_day({}, L),
        chart: charts.byDay,
        table: {
          columns: [
            col(m.st_day({}, L)),
            col(m.st_issued({}, L)),
            col(m.st_served({}, L)),
            col(m.st_no_show({}, L)),
            col(m.st_wait_median({}, L))
          ],
          rows: d.byDay.map((x) => [
            formatShortDay(x.day),
            String(x.issued),
            String(x.served),
            String(x.noShow),
            num(x.waitMedian)
          ])
        }
      },
      {
        heading: m.st_by_hour({}, L),
        chart: charts.byHour,
        table: {
          columns: [
            col(m.st_hour({}, L)),
            col(m.st_arrivals({}, L)),
            col(m.st_wait_median({}, L)),
            col(m.st_wait_p90({}, L))
          ],
          rows: d.byHour.map((x) => [clock(x.hour), String(x.arrivals), num(x.wait.median), num(x.wait.p90)])
        }
      },
      {
        heading: m.st_heat({}, L),
        chart: charts.heat,
        table: {
          columns: [col(m.st_hour({}, L)), ...weekdays.map((w) => col(w))],
          rows: d.byHour.map((x) => [clock(x.hour), ...d.heatMap.map((row) => String(row[x.hour]))])
        }
      },
      ...d.groups.map((g) => ({
        heading: g.heading,
        table: {
          columns: [
            col(g.column, 3),
            col(m.st_issued({}, L)),
            col(m.st_served({}, L)),
            col(m.st_no_show({}, L)),
            col(m.st_wait_median({}, L)),
            col(m.st_wait_p90({}, L)),
            col(m.st_service_median({}, L))
          ],
          rows: g.rows.map((r) => [
            r.label,
            String(r.figures.issued.total),
            String(r.figures.served),
            String(r.figures.noShow),
            num(r.figures.wait.median),
            num(r.figures.wait.p90),
            num(r.figures.service.median)
          ])
        }
      })),
      ...docSections(d.extras)
    ],
    footer: [d.drawnUp],
    fileName: `hall-statistics-${d.from}-${d.to}-${lang}`,
    landscape: true
  };
}

import * as m from '../../../i18n/paraglide/messages.js';
import * as T from '../../../i18n/paraglide/labels';
import type { ControlTallies } from '../../control';
import type { ControlCounts } from '../../control/rules/control-counts';
import { formatShortDay } from '../../shared/months';
import type { Language } from '../../shared/language';
import { barsOption, chart, sidewaysBarsOption } from './charts';
import { cells, shortMonth, type StatSection, type StatView } from './sections';

const KEYS = ['total', 'removed', 'onTime', 'late', 'inWork', 'overdue', 'extended'] as const;

/** Control of execution's view (issue 23) as facts and sections, for its page and files. */
export function controlSections(v: ControlTallies, lang: Language): StatView {
  const L = { locale: lang };
  const unit = (id: number) => {
    const u = v.units.find((x) => x.id === id);
    return u ? (lang === 'ru' ? u.nameRu : u.nameKk) : m.st_no_unit({}, L);
  };
  // The quarterly report's own column names (000 ¶185), so the page and the report read alike.
  const counts = [
    m.doc_r_sourceCols_1,
    m.doc_r_sourceCols_2,
    m.doc_r_sourceCols_3,
    m.doc_r_sourceCols_4,
    m.doc_r_sourceCols_5,
    m.doc_r_sourceCols_6,
    m.doc_r_sourceCols_7
  ].map((c) => c({}, L));
  const line = (label: string, c: ControlCounts) => cells(label, ...KEYS.map((k) => c[k]));
  const bars = (labels: string[], lines: ControlCounts[], sideways = false) => {
    if (!lines.length) return undefined;
    const series = [
      { name: counts[2], values: lines.map((l) => l.onTime) },
      { name: counts[3], values: lines.map((l) => l.late) },
      { name: counts[5], values: lines.map((l) => l.overdue) }
    ];
    return sideways
      ? chart(sidewaysBarsOption(labels, series), Math.max(200, 60 + 60 * lines.length))
      : chart(barsOption(labels, series, ['']));
  };
  const total = m.st_total({}, L);
  const none = m.st_ct_none({}, L);
  const overdue: StatSection[] = v.overdue.map((g) => ({
    id: `overdue-${g.unitId}`,
    heading: m.st_overdue_unit({ unit: unit(g.unitId), count: g.items.length }, L),
    columns: [
      m.st_col_content({}, L),
      m.st_col_number({}, L),
      m.st_col_source({}, L),
      m.st_col_deadline({}, L),
      m.st_col_late({}, L)
    ],
    rows: g.items.map((i) =>
      cells(i.content, i.number, i.sourceRef, formatShortDay(i.deadline), m.st_days({ days: i.days }, L))
    )
  }));
  const states = Object.keys(v.byState);
  return {
    title: m.st_ct_title({}, L),
    facts: KEYS.map((k, i) => [counts[i], String(v.total[k])]),
    sections: [
      {
        id: 'by-month',
        heading: m.st_by_deadline_month({}, L),
        columns: [m.st_month_col({}, L), ...counts],
        rows: v.byMonth.map((x) => line(shortMonth(x.month), x)),
        chart: bars(
          v.byMonth.map((x) => shortMonth(x.month)),
          v.byMonth
        ),
        empty: none
      },
      {
        id: 'by-unit',
        heading: m.st_by_unit({}, L),
        columns: [m.st_unit({}, L), ...counts],
        rows: [...v.byUnit.map((x) => line(unit(x.unitId), x)), ...(v.byUnit.length ? [line(total, v.total)] : [])],
        chart: bars(
          v.byUnit.map((x) => unit(x.unitId)),
          v.byUnit,
          true
        ),
        empty: none
      },
      {
        id: 'by-source',
        heading: m.ct_by_source({}, L),
        columns: [m.doc_r_sourceCols_0({}, L), ...counts],
        rows: v.bySource.map((x) => line(T.ct_issuer[x.issuer]?.({}, L) ?? x.issuer, x)),
        empty: none
      },
      {
        id: 'by-kind',
        heading: m.st_by_kind({}, L),
        columns: [m.st_col_source({}, L), ...counts],
        rows: v.byKind.map((x) => line(T.ct_source[x.sourceKind]?.({}, L) ?? x.sourceKind, x)),
        empty: none
      },
      {
        id: 'by-state',
        heading: m.st_by_state({}, L),
        columns: [m.st_state({}, L), m.st_count({}, L)],
        rows: states.map((s) => cells(T.ct_state[s]?.({}, L) ?? s, v.byState[s])),
        empty: none
      },
      ...(overdue.length
        ? overdue
        : [
            {
              id: 'overdue',
              heading: m.st_overdue_lists({}, L),
              columns: [],
              rows: [],
              empty: m.st_overdue_none({}, L)
            }
          ])
    ]
  };
}

import * as m from '../../../i18n/paraglide/messages.js';
import { parsePausePresets } from '../../offices/rules/pause-presets';
import { formatShortDay } from '../../shared/months';
import type { Language } from '../../shared/language';
import { localDay } from '../../shared/time';
import { barsOption, chart } from './charts';
import type { Satisfaction } from './hall';
import type { HallChoices } from './labels';
import { hallLabels } from './labels';
import { cells, type StatSection } from './sections';
import type { Summary } from './summary';
import type { WindowTime } from './window-time';

/**
 * The hall's time and people (issue 23) as sections, for its page and files alike: how long windows
 * were open and paused and why, help calls and how soon they were answered, the visitors' ratings
 * by service and specialist, and their latest comments.
 */
export interface HallExtras {
  choices: HallChoices;
  windowTime: WindowTime;
  help: { requests: number; answered: number; answer: Summary };
  byService: Array<{ serviceId: number; figures: { satisfaction: Satisfaction } }>;
  bySpecialist: Array<{ userId: number; figures: { satisfaction: Satisfaction } }>;
  comments: Array<{ at: string; rating: number; comment: string; serviceId: number }>;
  timeZone: string;
}

/** «4,6»: a mean rating as both languages write a decimal. */
export const decimal = (x: number | null) => (x === null ? '—' : x.toFixed(1).replace('.', ','));

export function hallExtraSections(v: HallExtras, lang: Language): StatSection[] {
  const L = { locale: lang };
  const label = hallLabels(v.choices, lang);
  const hm = (min: number) => m.st_hm({ h: Math.floor(min / 60), m: min % 60 }, L);
  const num = (x: number | null) => (x === null ? '—' : String(x));
  const sec = (x: number | null) => (x === null ? '—' : m.st_seconds({ value: x }, L));
  const timeColumns = [m.st_open_time({}, L), m.st_working_time({}, L), m.st_paused_time({}, L), m.st_pauses({}, L)];
  const timeCells = (t: { openMinutes: number; pausedMinutes: number; pauses: number }) => [
    hm(t.openMinutes),
    hm(Math.max(0, t.openMinutes - t.pausedMinutes)),
    hm(t.pausedMinutes),
    String(t.pauses)
  ];
  // A preset's key is its line «kk | ru» (rules/window-time.ts): read back by the office's own parser.
  const reason = (key: string) => {
    const p = parsePausePresets(key)[0];
    return p ? (lang === 'ru' ? p.ru : p.kk) : m.st_reason_other({}, L);
  };
  const ratingColumns = [m.st_rating_avg({}, L), m.st_count({}, L), '1', '2', '3', '4', '5'];
  const ratingCells = (s: Satisfaction) => [decimal(s.average), String(s.n), ...s.counts.map(String)];
  // In the office's order: windows by number, people by name.
  const place = <T>(list: T[], ids: number[], id: (x: T) => number) =>
    [...list].sort((a, b) => ids.indexOf(id(a)) - ids.indexOf(id(b)));
  const windows = place(
    v.windowTime.byWindow,
    v.choices.windows.map((w) => w.id),
    (w) => w.windowId
  );
  const people = place(
    v.windowTime.bySpecialist,
    v.choices.specialists.map((p) => p.id),
    (p) => p.userId
  );
  return [
    {
      id: 'window-time',
      heading: m.st_window_time({}, L),
      columns: [m.st_window({}, L), ...timeColumns],
      rows: windows.map((w) => [label.window(w.windowId), ...timeCells(w)]),
      chart: windows.length
        ? chart(
            barsOption(
              windows.map((w) => label.window(w.windowId)),
              [
                {
                  name: m.st_working_time({}, L),
                  values: windows.map((w) => Math.round((w.openMinutes - w.pausedMinutes) / 6) / 10)
                },
                { name: m.st_paused_time({}, L), values: windows.map((w) => Math.round(w.pausedMinutes / 6) / 10) }
              ],
              [m.st_hours_axis({}, L)]
            )
          )
        : undefined,
      empty: m.st_no_window_time({}, L)
    },
    {
      id: 'specialist-time',
      heading: m.st_time_by_specialist({}, L),
      columns: [m.st_specialist({}, L), ...timeColumns],
      rows: people.map((p) => [label.specialist(p.userId), ...timeCells(p)]),
      empty: m.st_no_window_time({}, L)
    },
    {
      id: 'pause-reasons',
      heading: m.st_by_reason({}, L),
      columns: [
        m.st_reason({}, L),
        m.st_pauses({}, L),
        m.st_pause_total({}, L),
        m.st_pause_median({}, L),
        m.st_pause_max({}, L)
      ],
      rows: v.windowTime.byReason.map((r) =>
        cells(reason(r.reason), r.pauses, hm(r.minutes), num(r.length.median), num(r.length.max))
      ),
      empty: m.st_no_window_time({}, L)
    },
    {
      id: 'help',
      heading: m.st_help({}, L),
      columns: [m.st_help({}, L), m.st_count({}, L)],
      rows: [
        [m.st_help_requests({}, L), String(v.help.requests)],
        [m.st_help_answered({}, L), String(v.help.answered)],
        [`${m.st_help_answer({}, L)}: ${m.st_median({}, L)}`, sec(v.help.answer.median)],
        [`${m.st_help_answer({}, L)}: ${m.st_p90({}, L)}`, sec(v.help.answer.p90)],
        [`${m.st_help_answer({}, L)}: ${m.st_max({}, L)}`, sec(v.help.answer.max)]
      ]
    },
    {
      id: 'rating-service',
      heading: `${m.st_satisfaction({}, L)}: ${m.st_by_service({}, L)}`,
      columns: [m.st_service({}, L), ...ratingColumns],
      rows: v.byService
        .filter((g) => g.figures.satisfaction.n > 0)
        .map((g) => [label.service(g.serviceId), ...ratingCells(g.figures.satisfaction)])
    },
    {
      id: 'rating-specialist',
      heading: `${m.st_satisfaction({}, L)}: ${m.st_by_specialist({}, L)}`,
      columns: [m.st_specialist({}, L), ...ratingColumns],
      rows: v.bySpecialist
        .filter((g) => g.figures.satisfaction.n > 0)
        .map((g) => [label.specialist(g.userId), ...ratingCells(g.figures.satisfaction)])
    },
    {
      id: 'comments',
      heading: m.st_comments({}, L),
      columns: [m.st_day({}, L), m.st_rating({}, L), m.st_service({}, L), m.st_comment({}, L)],
      rows: v.comments.map((c) => [
        formatShortDay(localDay(new Date(c.at), v.timeZone)),
        String(c.rating),
        label.service(c.serviceId),
        c.comment
      ]),
      empty: m.st_no_comments({}, L)
    }
  ];
}

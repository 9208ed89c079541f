import * as m from '../../../i18n/paraglide/messages.js';
import { formatShortDay } from '../../shared/months';
import type { Language } from '../../shared/language';
import { barsOption, chart, heatOption, type Chart } from './charts';
import type { Summary } from './summary';

export const clock = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** The hours of the day that had arrivals on some weekday: the heat map's columns. */
export const openHours = (heatMap: number[][]) =>
  Array.from({ length: 24 }, (_, h) => h).filter((h) => heatMap.some((row) => row[h] > 0));

/** The hall's three charts, the same on its page and in its PDF. */
export function hallCharts(
  v: {
    byDay: Array<{ day: string; issued: number; served: number }>;
    byHour: Array<{ hour: number; arrivals: number; wait: Summary }>;
    heatMap: number[][];
  },
  lang: Language,
  weekdays: readonly string[]
): { byDay: Chart; heat: Chart; byHour: Chart } {
  const L = { locale: lang };
  return {
    byDay: chart(
      barsOption(
        v.byDay.map((d) => formatShortDay(d.day).slice(0, 5)),
        [
          { name: m.st_issued({}, L), values: v.byDay.map((d) => d.issued) },
          { name: m.st_served({}, L), values: v.byDay.map((d) => d.served) }
        ],
        ['']
      )
    ),
    heat: chart(heatOption([...weekdays], openHours(v.heatMap), v.heatMap)),
    byHour: chart(
      barsOption(
        v.byHour.map((h) => clock(h.hour)),
        [
          { name: m.st_arrivals({}, L), values: v.byHour.map((h) => h.arrivals) },
          { name: m.st_wait_median({}, L), values: v.byHour.map((h) => h.wait.median), line: true }
        ],
        ['', m.st_min({ value: '' }, L).trim()]
      )
    )
  };
}

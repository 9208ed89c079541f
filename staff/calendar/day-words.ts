import * as m from '$i18n/paraglide/messages.js';
import type { DayStatus } from '$server/calendar/rules/calendar';
import type { Language } from '$server/shared/language';
import { formatDay } from '$ui/format';

/** Why a day is (not) working, in words; the keys are also the colour classes of the year's grid. */
export const WHY = {
  weekday: m.why_weekday,
  rest_day: m.why_rest_day,
  holiday: m.why_holiday,
  moved_holiday: m.why_moved_holiday,
  day_off: m.why_day_off,
  working_day: m.why_working_day
} as const;

export const KIND = { HOLIDAY: m.kind_HOLIDAY, DAY_OFF: m.kind_DAY_OFF, WORKING_DAY: m.kind_WORKING_DAY } as const;

const name = (e: { nameKk: string; nameRu: string }, lang: Language) => (lang === 'ru' ? e.nameRu : e.nameKk);

/** «Мереке: Наурыз мейрамы», or a moved holiday with the day it was moved from. */
export function describeDay(d: DayStatus, lang: Language): string {
  const L = { locale: lang };
  if (d.why === 'moved_holiday')
    return `${WHY.moved_holiday({}, L)}. ${m.cal_moved_from({ date: formatDay(d.movedFrom.date, lang), name: name(d.movedFrom, lang) }, L)}`;
  return 'entry' in d && d.entry ? `${WHY[d.why]({}, L)}: ${name(d.entry, lang)}` : WHY[d.why]({}, L);
}

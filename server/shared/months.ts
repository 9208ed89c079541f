/** Month and weekday names that ICU data often lacks for Kazakh (browsers show "M11"). */
/** A YYYY-MM-DD date as DD.MM.YYYY (lists, notifications, refusals). */
export function formatShortDay(date: string): string {
  const [y, mo, d] = date.split('-');
  return `${d}.${mo}.${y}`;
}

/** A message's parameters with every YYYY-MM-DD value written DD.MM.YYYY. */
export function shortDaysIn<T>(params: Record<string, T>): Record<string, T | string> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatShortDay(v) : v
    ])
  );
}

export const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан'
] as const;
export const KK_WEEKDAYS = ['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі'] as const;
export const RU_MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь'
] as const;
export const RU_MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря'
] as const;
export const RU_WEEKDAYS = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'] as const;

import type { Language } from '$server/shared/language';
import { KK_MONTHS, KK_WEEKDAYS, RU_MONTHS, RU_MONTHS_GENITIVE, RU_WEEKDAYS } from '$server/shared/months';

const tag = (lang: Language) => (lang === 'ru' ? 'ru-RU' : 'kk-KZ');

export function formatTime(iso: string | Date, lang: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(tag(lang), { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(
    new Date(iso)
  );
}

// Browsers' ICU data often lacks Kazakh month and weekday names ("2026 M11 22"),
// so Kazakh dates are composed here from the numeric parts.

function localParts(iso: string | Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
    timeZone
  }).formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday'));
  return { year: Number(get('year')), month: Number(get('month')), day: Number(get('day')), weekday };
}

export function formatDate(iso: string | Date, lang: Language, timeZone: string): string {
  if (lang === 'kk') {
    const p = localParts(iso, timeZone);
    return `${p.year} жылғы ${p.day} ${KK_MONTHS[p.month - 1]}`;
  }
  return new Intl.DateTimeFormat(tag(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(
    new Date(iso)
  );
}

/** "02.12.2026" in the office's zone: a date both languages read alike (the board's header). */
export function formatNumericDate(iso: string | Date, timeZone: string): string {
  const p = localParts(iso, timeZone);
  return `${String(p.day).padStart(2, '0')}.${String(p.month).padStart(2, '0')}.${p.year}`;
}

export function formatDateTime(iso: string | Date, lang: Language, timeZone: string): string {
  return `${formatDate(iso, lang, timeZone)}, ${formatTime(iso, lang, timeZone)}`;
}

/** "Monday, 24 November, 09:00" — for "the office opens …". */
export function formatWhen(iso: string | Date, lang: Language, timeZone: string): string {
  if (lang === 'kk') {
    const p = localParts(iso, timeZone);
    return `${p.day} ${KK_MONTHS[p.month - 1]}, ${KK_WEEKDAYS[p.weekday]}, ${formatTime(iso, lang, timeZone)}`;
  }
  const d = new Intl.DateTimeFormat(tag(lang), { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(
    new Date(iso)
  );
  return `${d}, ${formatTime(iso, lang, timeZone)}`;
}

/** A moment as a short date and time in the office's zone: history rows, notifications ("02.12.2026, 10:07"). */
export function formatStamp(at: string | Date, lang: Language, timeZone: string): string {
  return new Date(at).toLocaleString(tag(lang), { dateStyle: 'short', timeStyle: 'short', timeZone });
}

export function minutesSince(iso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 60_000));
}

const SHORT_WEEKDAYS = {
  kk: ['Дс', 'Сс', 'Ср', 'Бс', 'Жм', 'Сн', 'Жк'],
  ru: ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс']
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Month name for a calendar heading, 1-based. */
export function monthName(month: number, lang: Language): string {
  return capitalise((lang === 'ru' ? RU_MONTHS : KK_MONTHS)[month - 1]);
}

/** Monday-first short weekday names for a calendar grid. */
export function shortWeekdays(lang: Language): readonly string[] {
  return SHORT_WEEKDAYS[lang];
}

/**
 * A calendar date (YYYY-MM-DD, no time or zone: a deadline is a day) with its weekday:
 * "26 наурыз 2026, бейсенбі" / "26 марта 2026, четверг".
 */
export function formatDay(date: string, lang: Language): string {
  const [y, mo, d] = date.split('-').map(Number);
  const weekday = (new Date(Date.UTC(y, mo - 1, d)).getUTCDay() + 6) % 7;
  return lang === 'ru'
    ? `${d} ${RU_MONTHS_GENITIVE[mo - 1]} ${y}, ${RU_WEEKDAYS[weekday]}`
    : `${y} жылғы ${d} ${KK_MONTHS[mo - 1]}, ${KK_WEEKDAYS[weekday]}`;
}

/** A calendar date for tables: "13.11.2026" (the form both languages write). */
export { formatShortDay } from '$server/shared/months';

/** "2026-12" moved by whole months ("2027-01" for +1): the schedule's month links. */
export function addMonths(month: string, delta: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

import type { Language } from '$server/domain/language';

const tag = (lang: Language) => (lang === 'ru' ? 'ru-RU' : 'kk-KZ');

export function formatTime(iso: string | Date, lang: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(tag(lang), { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(new Date(iso));
}

// Browsers' ICU data often lacks Kazakh month and weekday names ("2026 M11 22"),
// so Kazakh dates are composed here from the numeric parts.
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const KK_WEEKDAYS = ['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі'];

function localParts(iso: string | Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short', timeZone })
    .formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday'));
  return { year: Number(get('year')), month: Number(get('month')), day: Number(get('day')), weekday };
}

export function formatDate(iso: string | Date, lang: Language, timeZone: string): string {
  if (lang === 'kk') {
    const p = localParts(iso, timeZone);
    return `${p.year} жылғы ${p.day} ${KK_MONTHS[p.month - 1]}`;
  }
  return new Intl.DateTimeFormat(tag(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(new Date(iso));
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
  const d = new Intl.DateTimeFormat(tag(lang), { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(new Date(iso));
  return `${d}, ${formatTime(iso, lang, timeZone)}`;
}

export function minutesSince(iso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 60_000));
}

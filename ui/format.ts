import type { Language } from '$server/domain/language';

const tag = (lang: Language) => (lang === 'ru' ? 'ru-RU' : 'kk-KZ');

export function formatTime(iso: string | Date, lang: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(tag(lang), { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(new Date(iso));
}

export function formatDate(iso: string | Date, lang: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(tag(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(new Date(iso));
}

export function formatDateTime(iso: string | Date, lang: Language, timeZone: string): string {
  return `${formatDate(iso, lang, timeZone)}, ${formatTime(iso, lang, timeZone)}`;
}

/** "Monday, 24 November, 09:00" — for "the office opens …". */
export function formatWhen(iso: string | Date, lang: Language, timeZone: string): string {
  const d = new Intl.DateTimeFormat(tag(lang), { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(new Date(iso));
  return `${d}, ${formatTime(iso, lang, timeZone)}`;
}

export function minutesSince(iso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 60_000));
}

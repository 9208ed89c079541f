import { KK_MONTHS, RU_MONTHS_GENITIVE } from '../../shared/months';
import type { Language } from '../../shared/language';

/**
 * Dates in documents are written verbal-numerically (000 ¶102): "2026 жылғы 12 мамыр",
 * "12 мая 2026 года". `date` is YYYY-MM-DD.
 */
export function verbalDate(date: string, lang: Language): string {
  const [y, m, d] = date.split('-').map(Number);
  return lang === 'kk' ? `${y} жылғы ${d} ${KK_MONTHS[m - 1]}` : `${d} ${RU_MONTHS_GENITIVE[m - 1]} ${y} года`;
}

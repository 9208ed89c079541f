import * as m from '$i18n/paraglide/messages.js';
import type { Language } from '$server/shared/language';

/** A page error carries a DomainError code; show its message, or a generic one. */
export function errorMessage(code: string, lang: Language): string {
  const fn = (m as unknown as Record<string, ((i: object, o: object) => string) | undefined>)[`error_${code}`];
  return fn ? fn({ detail: '' }, { locale: lang }) : lang === 'ru' ? 'Страница недоступна' : 'Бет қолжетімсіз';
}

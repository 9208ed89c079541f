import type { Language } from '$server/shared/language';
import { hasLabel, label } from './i18n';

/** A page error carries a DomainError code; show its message, or a generic one. */
export function errorMessage(code: string, lang: Language): string {
  return hasLabel(`error_${code}`)
    ? label(`error_${code}`, lang, { detail: '' })
    : lang === 'ru'
      ? 'Страница недоступна'
      : 'Бет қолжетімсіз';
}

/** Kazakh is the state language and the default everywhere (SPEC 4.1). */
export const LANGUAGES = ['kk', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'kk';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Pick the kk or ru variant of a bilingual record. */
export function localized<T extends { nameKk: string; nameRu: string }>(row: T, lang: Language): string {
  return lang === 'ru' ? row.nameRu : row.nameKk;
}

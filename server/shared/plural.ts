import type { Language } from './language';

/**
 * A noun after a number in the language's own plural rules (CLDR, through Intl.PluralRules):
 * Russian «1 раз», «2 раза», «5 раз», «21 раз»; Kazakh keeps one form after a number («2 рет»).
 * `forms` names the form of each category the language uses; `other` stands in for any missing.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Language, Intl.PluralRules>();

export function plural(lang: Language, n: number, forms: PluralForms): string {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return forms[r.select(n)] ?? forms.other;
}

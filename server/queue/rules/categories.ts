/** Out-of-turn categories of 003 ¶12 (SPEC 1.3). Labels live in i18n (category_<CODE>). */
export const CATEGORIES = [
  'WW2_VETERAN',
  'WW2_EQUATED',
  'COMBAT_VETERAN',
  'LABOUR_VETERAN',
  'DISABILITY',
  'PREGNANT',
  'STATE_AWARD'
] as const;
export type Category = (typeof CATEGORIES)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

/**
 * The specialist checks the claim against a document (000 ¶205): a claim is
 * CLAIMED at the kiosk, then CONFIRMED or REVOKED at the window.
 */
export type CategoryStatus = 'CLAIMED' | 'CONFIRMED' | 'REVOKED';

/** A ticket is out of turn while its category stands (claimed or confirmed). */
export function isOutOfTurn(t: { category: string | null; categoryStatus: string | null }): boolean {
  return t.category !== null && t.categoryStatus !== 'REVOKED';
}

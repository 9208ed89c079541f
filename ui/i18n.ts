import * as m from '$i18n/paraglide/messages.js';
import type { Language } from '$server/shared/language';

type MessageFn = (inputs: Record<string, unknown>, options: { locale: Language }) => string;
const messages = m as unknown as Record<string, MessageFn | undefined>;

/**
 * A message by a key built from a code (`app_state_${state}`): for the closed sets that come
 * from the server. A missing key shows the code itself, never an empty cell.
 */
export function label(key: string, lang: Language, params: Record<string, unknown> = {}): string {
  const fn = messages[key];
  return fn ? fn(params, { locale: lang }) : key;
}

export const hasLabel = (key: string): boolean => typeof messages[key] === 'function';

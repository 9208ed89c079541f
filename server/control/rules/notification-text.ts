import * as m from '../../../i18n/paraglide/messages.js';
import type { Language } from '../../shared/language';
import { shortDaysIn } from '../../shared/months';

type MessageFn = (inputs: Record<string, unknown>, options: { locale: Language }) => string;
const messages = m as unknown as Record<string, MessageFn | undefined>;


/**
 * A notification in the reader's language, written from its kind and facts at reading time
 * (so it follows the console's language). Used by the bell and by e-mail alike.
 */
export function notificationText(kind: string, params: Record<string, string>, lang: Language): string {
  const fn = messages[`notify_${kind}`];
  return fn ? fn(shortDaysIn(params), { locale: lang }) : kind;
}

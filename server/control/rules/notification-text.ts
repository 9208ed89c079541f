import * as m from '../../../i18n/paraglide/messages.js';
import type { Language } from '../../shared/language';

type MessageFn = (inputs: Record<string, unknown>, options: { locale: Language }) => string;
const messages = m as unknown as Record<string, MessageFn | undefined>;

const dotted = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso);

/**
 * A notification in the reader's language, written from its kind and facts at reading time
 * (so it follows the console's language). Used by the bell and by e-mail alike.
 */
export function notificationText(kind: string, params: Record<string, string>, lang: Language): string {
  const fn = messages[`notify_${kind}`];
  const p = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, dotted(String(v ?? ''))]));
  return fn ? fn(p, { locale: lang }) : kind;
}

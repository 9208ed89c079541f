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

/** Where a notification leads in the staff console (the bell's link, the e-mail's). */
export function notificationPath(n: { entity: string; entityId: number }): string {
  if (n.entity === 'Protocol') return `/staff/control/protocols/${n.entityId}`;
  if (n.entity === 'ReceptionSession') return '/staff/control/protocols';
  return `/staff/control/assignments/${n.entityId}`;
}

/** The e-mail of a notification: its text, the link (absolute when the server knows its ORIGIN), why it came. */
export function notificationMail(
  kind: string,
  params: Record<string, string>,
  target: { entity: string; entityId: number },
  lang: Language,
  origin = ''
) {
  const text = notificationText(kind, params, lang);
  const open = messages.mail_open?.({}, { locale: lang }) ?? '';
  const footer = messages.mail_footer?.({}, { locale: lang }) ?? '';
  return {
    subject: `Qabyldau: ${text}`,
    body: `${text}\n\n${open}: ${origin.replace(/\/$/, '')}${notificationPath(target)}\n\n— ${footer}\n`
  };
}

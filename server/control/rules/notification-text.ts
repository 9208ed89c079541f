import * as m from '../../../i18n/paraglide/messages.js';
import { notify } from '../../../i18n/paraglide/labels';
import type { Language } from '../../shared/language';
import { shortDaysIn } from '../../shared/months';

/**
 * A notification in the reader's language, written from its kind and facts at reading time
 * (so it follows the console's language). Used by the bell and by e-mail alike.
 */
export function notificationText(kind: string, params: Record<string, string>, lang: Language): string {
  const fn = notify[kind];
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
  const open = m.mail_open({}, { locale: lang });
  const footer = m.mail_footer({}, { locale: lang });
  return {
    subject: `Qabyldau: ${text}`,
    body: `${text}\n\n${open}: ${origin.replace(/\/$/, '')}${notificationPath(target)}\n\n— ${footer}\n`
  };
}

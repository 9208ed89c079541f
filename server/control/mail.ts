import nodemailer from 'nodemailer';
import type { Tx } from '../db/client';
import type { Ctx } from '../shared/context';
import { isLanguage, type Language } from '../shared/language';
import { notificationText } from './rules/notification-text';

/**
 * E-mail for reminders, when the office has configured SMTP (Office.smtpUrl). Mail is written
 * to an outbox in the reminder's own transaction and sent by a loop that claims each row, so a
 * restart loses none; a process killed in the middle of an SMTP conversation may send that one
 * mail again after 10 minutes (at least once — the bell's notification stays exactly once).
 */
export async function queueEmails(
  tx: Tx,
  now: Date,
  officeId: number,
  kind: string,
  entity: string,
  entityId: number,
  params: Record<string, string>,
  users: Array<{ email: string; locale: string }>
): Promise<void> {
  const office = await tx.office.findUniqueOrThrow({ where: { id: officeId }, select: { smtpUrl: true } });
  if (!office.smtpUrl) return;
  const rows = users
    .filter((u) => /^[^\s@]+@[^\s@]+$/.test(u.email))
    .map((u) => {
      const lang: Language = isLanguage(u.locale) ? u.locale : 'kk';
      const text = notificationText(kind, params, lang);
      return { officeId, to: u.email, subject: `Qabyldau: ${text}`, body: `${text}\n\n${entity} ${entityId}`, createdAt: now };
    });
  if (rows.length) await tx.emailOutbox.createMany({ data: rows });
}

const RETRY_AFTER_MS = 10 * 60_000;
const MAX_ATTEMPTS = 5;

/** Sends what is waiting. Returns how many went out. */
export async function sendOutbox(ctx: Ctx): Promise<number> {
  const stale = new Date(ctx.now().getTime() - RETRY_AFTER_MS);
  const waiting = await ctx.db.emailOutbox.findMany({
    where: { OR: [{ state: 'PENDING' }, { state: 'SENDING', claimedAt: { lt: stale } }], attempts: { lt: MAX_ATTEMPTS } },
    orderBy: { id: 'asc' },
    take: 50
  });
  let sent = 0;
  for (const mail of waiting) {
    const claim = await ctx.db.emailOutbox.updateMany({ where: { id: mail.id, state: mail.state, attempts: mail.attempts }, data: { state: 'SENDING', claimedAt: ctx.now(), attempts: { increment: 1 } } });
    if (claim.count !== 1) continue;
    const office = await ctx.db.office.findUniqueOrThrow({ where: { id: mail.officeId }, select: { smtpUrl: true, smtpFrom: true } });
    try {
      if (!office.smtpUrl) throw new Error('SMTP is no longer configured');
      const transport = nodemailer.createTransport(office.smtpUrl);
      await transport.sendMail({ from: office.smtpFrom || 'qabyldau@localhost', to: mail.to, subject: mail.subject, text: mail.body });
      transport.close();
      await ctx.db.emailOutbox.update({ where: { id: mail.id }, data: { state: 'SENT', sentAt: ctx.now(), lastError: '' } });
      sent++;
    } catch (err) {
      const failed = mail.attempts + 1 >= MAX_ATTEMPTS;
      // The address is never logged (personal data); the error is kept on the row.
      await ctx.db.emailOutbox.update({ where: { id: mail.id }, data: { state: failed ? 'FAILED' : 'PENDING', lastError: String((err as Error).message).slice(0, 500) } });
    }
  }
  return sent;
}

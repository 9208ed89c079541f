import nodemailer, { type Transporter } from 'nodemailer';
import type { Tx } from '../db/client';
import type { Ctx } from '../realtime/context';
import { isLanguage, type Language } from '../shared/language';
import { notificationMail } from './rules/notification-text';

/**
 * E-mail for reminders, when the office has configured SMTP (Office.smtpUrl). Mail is written
 * to an outbox in the reminder's own transaction and sent by a loop that claims each row, so a
 * restart loses none; a process killed in the middle of an SMTP conversation may send that one
 * mail again after 10 minutes (at least once — the bell's notification stays exactly once);
 * a refused or unreachable server is tried again every 5 minutes for an hour.
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
      return {
        officeId,
        to: u.email,
        ...notificationMail(kind, params, { entity, entityId }, lang, process.env.ORIGIN ?? ''),
        createdAt: now
      };
    });
  if (rows.length) await tx.emailOutbox.createMany({ data: rows });
}

/** A message whose sending died with its process is tried again after this long. */
const STALE_SENDING_MS = 10 * 60_000;
/** After a refusal or an unreachable server: every 5 minutes, for an hour. */
const RETRY_EVERY_MS = 5 * 60_000;
const MAX_ATTEMPTS = 12;

/** Sends what is waiting. Returns how many went out. */
export async function sendOutbox(ctx: Ctx): Promise<number> {
  const now = ctx.now().getTime();
  const waiting = await ctx.db.emailOutbox.findMany({
    where: {
      attempts: { lt: MAX_ATTEMPTS },
      OR: [
        { state: 'PENDING', OR: [{ claimedAt: null }, { claimedAt: { lt: new Date(now - RETRY_EVERY_MS) } }] },
        { state: 'SENDING', claimedAt: { lt: new Date(now - STALE_SENDING_MS) } }
      ]
    },
    orderBy: { id: 'asc' },
    take: 50
  });
  let sent = 0;
  // One SMTP connection per office and sweep, not one per message.
  const transports = new Map<number, Transporter | null>();
  const transportOf = async (officeId: number) => {
    if (!transports.has(officeId)) {
      const office = await ctx.db.office.findUniqueOrThrow({
        where: { id: officeId },
        select: { smtpUrl: true, smtpFrom: true }
      });
      transports.set(
        officeId,
        office.smtpUrl
          ? nodemailer.createTransport(office.smtpUrl, { from: office.smtpFrom || 'qabyldau@localhost' })
          : null
      );
    }
    return transports.get(officeId)!;
  };
  try {
    for (const mail of waiting) {
      const claim = await ctx.db.emailOutbox.updateMany({
        where: { id: mail.id, state: mail.state, attempts: mail.attempts },
        data: { state: 'SENDING', claimedAt: ctx.now(), attempts: { increment: 1 } }
      });
      if (claim.count !== 1) continue;
      try {
        const transport = await transportOf(mail.officeId);
        if (!transport) throw new Error('SMTP is no longer configured');
        await transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.body });
        await ctx.db.emailOutbox.update({
          where: { id: mail.id },
          data: { state: 'SENT', sentAt: ctx.now(), lastError: '' }
        });
        sent++;
      } catch (err) {
        const failed = mail.attempts + 1 >= MAX_ATTEMPTS;
        // The address is never logged (personal data); the error is kept on the row.
        await ctx.db.emailOutbox.update({
          where: { id: mail.id },
          data: { state: failed ? 'FAILED' : 'PENDING', lastError: String((err as Error).message).slice(0, 500) }
        });
      }
    }
  } finally {
    for (const t of transports.values()) t?.close();
  }
  return sent;
}

import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignment } from '../../server/control/assignments';
import { sendOutbox } from '../../server/control/mail';
import { sweepReminders } from '../../server/control/reminders';
import { PROVIDERS, startHarness, type Harness } from './harness';

/** Almaty is UTC+5: 05:00Z is 10:00 in the office. */
const at = (day: string) => new Date(`${day}T05:00:00Z`);

interface Received {
  from: string;
  to: string[];
  subject: string;
  text: string;
  user?: string;
}

/** A real SMTP server on loopback (the `smtp-server` package), with login, that keeps what it receives. */
async function startSmtp() {
  const inbox: Received[] = [];
  let refuse = false;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, cb) {
      if (auth.username === 'qabyldau' && auth.password === 'құпия сөз') cb(null, { user: auth.username });
      else cb(new Error('Invalid username or password'));
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        if (refuse) return cb(Object.assign(new Error('mailbox unavailable'), { responseCode: 450 }));
        const mail = await simpleParser(Buffer.concat(chunks));
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          user: session.user as string | undefined
        });
        cb();
      });
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.server.address() as AddressInfo).port;
  return {
    inbox,
    port,
    refuse: (v: boolean) => (refuse = v),
    close: () => new Promise<void>((r) => server.close(() => r()))
  };
}

describe.each(PROVIDERS)('reminder e-mail through a real SMTP server on %s', (provider) => {
  let h: Harness;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    h = await startHarness(provider);
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await h.close();
    await smtp.close();
  });

  it('sends each reminder once, in the reader’s language, with its link; retries a refusal; sends nothing without SMTP', async () => {
    const unit = await h.db.unit.create({
      data: { officeId: h.office.id, nameKk: 'Құрылыс бөлімі', nameRu: 'Отдел строительства', headName: 'Басшы' }
    });
    const appeals = await h.staff('appeals');
    const kk = await h.staff('executor', h.office.id, unit.id);
    const ru = await h.staff('executor', h.office.id, unit.id);
    const silent = await h.staff('executor', h.office.id, unit.id);
    await h.db.user.update({ where: { id: kk.id }, data: { email: 'orynbasar@akimat.kz', locale: 'kk' } });
    await h.db.user.update({ where: { id: ru.id }, data: { email: 'ispolnitel@akimat.kz', locale: 'ru' } });
    await h.db.user.update({ where: { id: silent.id }, data: { email: 'not an address' } });
    const mail = {
      sourceKind: 'ACT' as const,
      issuer: 'AKIM' as const,
      sourceRef: '№ 45-р',
      sourceDate: '2026-12-01',
      content: 'Жылу беруді қалпына келтіру',
      coUnitIds: [],
      controllerId: null,
      assigneeId: null,
      category: null,
      deadline: '2026-12-21',
      givenOn: '2026-12-01',
      onControl: true,
      fromReception: false,
      applicationId: null,
      consideredBy: [],
      leadUnitId: unit.id
    };

    // Without SMTP configured: the bell rings, no mail is queued.
    h.setNow(at('2026-12-01'));
    await createAssignment(h.ctx, appeals, { ...mail, number: '1' });
    h.setNow(at('2026-12-11'));
    await sweepReminders(h.ctx);
    expect(await h.db.emailOutbox.count()).toBe(0);

    // With SMTP (login, a Kazakh password percent-encoded in the URL).
    await h.db.office.update({
      where: { id: h.office.id },
      data: {
        smtpUrl: `smtp://qabyldau:${encodeURIComponent('құпия сөз')}@127.0.0.1:${smtp.port}`,
        smtpFrom: 'Qabyldau <noreply@akimat.kz>'
      }
    });
    h.setNow(at('2026-12-02'));
    const a = await createAssignment(h.ctx, appeals, { ...mail, number: '2', deadline: '2026-12-22' });
    h.setNow(at('2026-12-14'));
    await sweepReminders(h.ctx);
    await sweepReminders(h.ctx);
    expect(await h.db.emailOutbox.count()).toBe(2);
    expect(await sendOutbox(h.ctx)).toBe(2);
    expect(await sendOutbox(h.ctx)).toBe(0);
    expect(smtp.inbox).toHaveLength(2);
    const toKk = smtp.inbox.find((m) => m.to.includes('orynbasar@akimat.kz'))!;
    const toRu = smtp.inbox.find((m) => m.to.includes('ispolnitel@akimat.kz'))!;
    expect(toKk.user).toBe('qabyldau');
    expect(toKk.from).toBe('noreply@akimat.kz');
    expect(toKk.subject).toMatch(/^Qabyldau: .*22\.12\.2026/);
    expect(toKk.text).toContain(`/staff/control/assignments/${a.id}`);
    expect(toKk.text).toContain('Qabyldau жүйесінде ашу');
    expect(toRu.text).toContain('Открыть в Qabyldau');
    expect(toRu.subject).not.toBe(toKk.subject);
    expect(toKk.text).not.toMatch(/Assignment \d/);

    // A refusing server: kept, tried again after five minutes, then delivered once.
    smtp.refuse(true);
    h.setNow(at('2026-12-03'));
    await createAssignment(h.ctx, appeals, { ...mail, number: '3', deadline: '2026-12-23' });
    h.setNow(at('2026-12-15'));
    await sweepReminders(h.ctx);
    expect(await sendOutbox(h.ctx)).toBe(0);
    const failed = await h.db.emailOutbox.findMany({ where: { state: 'PENDING' } });
    expect(failed).toHaveLength(2);
    expect(failed.every((m) => m.attempts === 1 && /mailbox unavailable/.test(m.lastError))).toBe(true);
    smtp.refuse(false);
    expect(await sendOutbox(h.ctx)).toBe(0);
    h.setNow(new Date(at('2026-12-15').getTime() + 6 * 60_000));
    expect(await sendOutbox(h.ctx)).toBe(2);
    expect(smtp.inbox).toHaveLength(4);
    expect(await h.db.emailOutbox.count({ where: { state: { not: 'SENT' } } })).toBe(0);
  });
});

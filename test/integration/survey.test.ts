import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueTicket } from '../../server/queue/tickets';
import { publicTicketView } from '../../server/queue/ticket-view';
import { actOnTicket, callNext, takeWindow } from '../../server/queue';
import { answerTicketSurvey, recordPhoneSurvey, surveySummary } from '../../server/survey/survey';
import { seedControlDemo } from '../../prisma/seed-control';
import { seedReceptionDemo } from '../../prisma/seed-reception';
import { PROVIDERS, refusal, startHarness, type Harness } from './harness';

/** The satisfaction survey: after the visit, once per ticket, no personal data; phone answers of applicants (003 ¶38). */
describe.each(PROVIDERS)('satisfaction survey on %s', (provider) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(provider);
  });
  afterAll(() => h?.close());

  it('opens after the visit, takes one answer per ticket even when two come at once, closes after three days', async () => {
    const t0 = new Date('2026-11-24T05:00:00Z');
    h.setNow(t0);
    const w = await h.staffedWindow(21, [h.services.consultation]);
    await takeWindow(h.ctx, w.windowId, w.actor);
    const { ticket } = await issueTicket(h.ctx, {
      officeCode: 'demo',
      serviceId: h.services.consultation,
      language: 'ru'
    });
    expect((await publicTicketView(h.db, ticket.token, t0)).survey).toBeNull();
    expect(await refusal(answerTicketSurvey(h.ctx, ticket.token, { rating: 5, comment: '' }))).toBe(
      'survey_not_served'
    );

    const called = await callNext(h.ctx, w.windowId, w.actor);
    expect(called.code).toBe(ticket.code);
    await actOnTicket(h.ctx, w.windowId, called.id, 'finish', w.actor);
    expect((await publicTicketView(h.db, ticket.token, t0)).survey).toBe('open');

    // Two tabs answer at once: one answer is kept, the other is told it was given.
    const both = await Promise.allSettled([
      answerTicketSurvey(h.ctx, ticket.token, { rating: 4, comment: '  Быстро, \u0007вежливо  ' }),
      answerTicketSurvey(h.ctx, ticket.token, { rating: 1, comment: '' })
    ]);
    expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await refusal(answerTicketSurvey(h.ctx, ticket.token, { rating: 3, comment: '' }))).toBe('survey_done');
    const stored = await h.db.surveyResponse.findMany({ where: { ticketId: called.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ channel: 'TICKET', language: 'ru' });
    if (stored[0].rating === 4) expect(stored[0].comment).toBe('Быстро, вежливо');
    expect((await publicTicketView(h.db, ticket.token, t0)).survey).toBe('done');

    // A ticket not answered within three days of the visit: closed.
    const late = await issueTicket(h.ctx, { officeCode: 'demo', serviceId: h.services.consultation, language: 'kk' });
    const c2 = await callNext(h.ctx, w.windowId, w.actor);
    await actOnTicket(h.ctx, w.windowId, c2.id, 'finish', w.actor);
    h.setNow(new Date(t0.getTime() + 3 * 86_400_000 + 60_000));
    expect(await refusal(answerTicketSurvey(h.ctx, late.ticket.token, { rating: 5, comment: '' }))).toBe(
      'survey_closed'
    );
    expect(await refusal(answerTicketSurvey(h.ctx, 'no-such-token', { rating: 5, comment: '' }))).toBe(
      'unknown_ticket'
    );
    h.setNow(null);
  });

  it('appeals staff record an applicant’s phone answer once; the summary counts both channels', async () => {
    const appeals = await h.staff('appeals');
    // The demo's held receptions have applicants received (prisma/seed-control.ts).
    await seedReceptionDemo(h.db);
    await seedControlDemo(h.db);
    const received = await h.db.application.findFirstOrThrow({
      where: { officeId: h.office.id, state: 'RECEIVED', survey: null }
    });
    const phoneBefore = await h.db.surveyResponse.count({ where: { channel: 'PHONE' } });
    const waiting = await h.db.application.findFirstOrThrow({
      where: { officeId: h.office.id, state: { notIn: ['RECEIVED', 'REFUSED'] } }
    });
    expect(
      await refusal(recordPhoneSurvey(h.ctx, appeals, waiting.id, { rating: 5, comment: '', language: 'kk' }))
    ).toBe('survey_not_served');
    await recordPhoneSurvey(h.ctx, appeals, received.id, { rating: 5, comment: 'Рахмет', language: 'kk' });
    // 003 ¶38 names those refused a sign-up as well.
    const refused = await h.db.application.findFirstOrThrow({ where: { officeId: h.office.id, state: 'REFUSED' } });
    await recordPhoneSurvey(h.ctx, appeals, refused.id, { rating: 2, comment: '', language: 'ru' });
    expect(
      await refusal(recordPhoneSurvey(h.ctx, appeals, received.id, { rating: 2, comment: '', language: 'kk' }))
    ).toBe('survey_done');
    const other = await h.staff(
      'appeals',
      (await h.db.office.create({ data: { code: `s${Date.now()}`, nameKk: 'Басқа', nameRu: 'Другой' } })).id
    );
    expect(
      await refusal(recordPhoneSurvey(h.ctx, other, received.id, { rating: 5, comment: '', language: 'kk' }))
    ).toBe('unknown_application');
    const head = await h.staff('head');
    const s = await surveySummary(h.ctx, head, { from: '2026-01-01', to: '2029-12-31' });
    expect(s.phone.count).toBe(phoneBefore + 2);
    expect(s.ticket.count).toBe(1);
    expect(s.total.count).toBe(phoneBefore + 3);
    expect(s.services.find((x) => x.nameRu === 'Консультация')?.count).toBe(1);
    expect(JSON.stringify(s)).not.toContain(received.surname);
    expect(JSON.stringify(s)).not.toContain(received.iin);
  });

  it('draws a period’s days in the office’s zone: 01:30 on 1 December in Almaty is December’s', async () => {
    const head = await h.staff('head');
    // 20:30 UTC on 30 November is 01:30 on 1 December in Asia/Almaty (UTC+5).
    await h.db.surveyResponse.create({
      data: { officeId: h.office.id, channel: 'PHONE', rating: 1, language: 'ru', at: new Date('2030-11-30T20:30:00Z') }
    });
    const nov = await surveySummary(h.ctx, head, { from: '2030-11-01', to: '2030-11-30' });
    const dec = await surveySummary(h.ctx, head, { from: '2030-12-01', to: '2030-12-31' });
    expect([nov.total.count, dec.total.count]).toEqual([0, 1]);
    expect(await refusal(surveySummary(h.ctx, head, { from: '2030-12-02', to: '2030-12-01' }))).toBe('bad_request');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueTicket } from '../../server/queue/tickets';
import { publicTicketView } from '../../server/queue/ticket-view';
import { PROVIDERS, refusal, startHarness, type Harness } from './harness';

/** Anyone holding the QR sees the status, "out of turn" — never the category — and nothing after some days. */
describe.each(PROVIDERS)('public ticket page on %s', (provider) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(provider);
  });
  afterAll(() => h?.close());

  it('hides the claimed category and the need for help, and expires', async () => {
    const issuedAt = new Date('2026-11-20T05:00:00Z');
    h.setNow(issuedAt);
    const { ticket } = await issueTicket(h.ctx, {
      officeCode: 'demo',
      serviceId: h.services.results,
      language: 'kk',
      category: 'PREGNANT',
      needsAssistance: true
    });
    const view = await publicTicketView(h.db, ticket.token, issuedAt);
    expect(view.outOfTurn).toBe(true);
    expect(JSON.stringify(view)).not.toMatch(/PREGNANT|category|needsAssistance|CLAIMED/);
    expect((await publicTicketView(h.db, ticket.token, new Date('2026-11-22T05:00:00Z'))).code).toBe(ticket.code);
    expect(await refusal(publicTicketView(h.db, ticket.token, new Date('2026-11-23T06:00:00Z')))).toBe(
      'unknown_ticket'
    );
    h.setNow(null);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubscribeReply } from '../../server/realtime/contract';
import { SOCKET_LIMITS } from '../../server/realtime/rules/rate';
import { issueTicket } from '../../server/queue/tickets';
import { PROVIDERS, startHarness, type Harness } from './harness';

/** One anonymous socket flooding snapshot requests gets a few, then refusals, then is cut off; others are served. */
describe.each(PROVIDERS)('socket limits on %s', (provider) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(provider);
  });
  afterAll(() => h?.close());

  it('1,000 snapshot requests from one socket: at most the burst served, the rest refused, the socket cut off; a board and a kiosk carry on', async () => {
    const flood = await h.client();
    const ask = (n: number) =>
      Promise.allSettled(
        Array.from(
          { length: n },
          () => flood.timeout(5000).emitWithAck('office:snapshot', { office: 'demo' }) as Promise<SubscribeReply>
        )
      );
    const count = (rs: Awaited<ReturnType<typeof ask>>) => ({
      served: rs.filter((r) => r.status === 'fulfilled' && r.value.ok).length,
      refused: rs.filter((r) => r.status === 'fulfilled' && !r.value.ok && r.value.error === 'rate_limited').length
    });
    // Fifty at once: the burst is served (sharing one read of the office), the rest refused, all answered.
    const first = count(await ask(50));
    expect(first.served).toBeGreaterThanOrEqual(SOCKET_LIMITS.burst);
    expect(first.served).toBeLessThanOrEqual(SOCKET_LIMITS.burst + 2);
    expect(first.served + first.refused).toBe(50);
    // A thousand more: refused until the socket is cut off; what was still asked is never answered.
    const cut = new Promise<string>((r) => flood.once('disconnect', (reason) => r(reason)));
    const flooded = count(await ask(1000));
    expect(flooded.served).toBeLessThanOrEqual(2);
    expect(flooded.refused).toBeGreaterThanOrEqual(SOCKET_LIMITS.disconnectAfterRefused - first.refused - 2);
    expect(flooded.served + flooded.refused).toBeLessThan(1000);
    expect(await cut).toBe('io server disconnect');

    // Meanwhile a board subscribes as usual and a kiosk issues a ticket.
    const board = await h.client();
    const reply = (await board.emitWithAck('office:subscribe', { office: 'demo' })) as SubscribeReply;
    expect(reply.ok).toBe(true);
    const { ticket } = await issueTicket(h.ctx, { officeCode: 'demo', serviceId: h.services.results, language: 'kk' });
    expect(ticket.code).toMatch(/^А-\d{3}$/);
  });
});

/**
 * Limits per address (issue 22): one address floods with many sockets, each inside its own limit;
 * the address's share is refused past its settings while another address is served as usual.
 * Addresses come from the proxy header, as behind a reverse proxy (ADDRESS_HEADER).
 */
describe.each(PROVIDERS)('socket limits per address on %s', (provider) => {
  let h: Harness;
  const LIMITS = { connections: 6, messagesPerSecond: 1 };
  const from = (address: string) => ({ 'x-forwarded-for': address });
  beforeAll(async () => {
    process.env.ADDRESS_HEADER = 'x-forwarded-for';
    h = await startHarness(provider, { socketLimits: LIMITS });
  });
  afterAll(async () => {
    delete process.env.ADDRESS_HEADER;
    await h?.close();
  });

  it('an address gets its sockets and its messages, no more; another address is served meanwhile', async () => {
    const flood = await Promise.all(Array.from({ length: LIMITS.connections }, () => h.client(from('10.0.0.66'))));
    // One socket more from the same address is refused at the handshake; another address connects.
    await expect(h.client(from('10.0.0.66'))).rejects.toThrow('too_many_connections');
    const board = await h.client(from('10.0.0.7'));

    // Each flooding socket asks three snapshots (inside its own burst of ten): the address's
    // bucket serves as many as it may hold sockets, the rest are refused; the board is served.
    const replies = await Promise.all(
      flood.flatMap((s) =>
        [1, 2, 3].map(
          () => s.timeout(5000).emitWithAck('office:snapshot', { office: 'demo' }) as Promise<SubscribeReply>
        )
      )
    );
    const served = replies.filter((r) => r.ok).length;
    expect(served).toBeGreaterThanOrEqual(LIMITS.connections);
    expect(served).toBeLessThanOrEqual(LIMITS.connections + 1);
    expect(replies.filter((r) => !r.ok && r.error === 'rate_limited').length).toBe(replies.length - served);
    const reply = (await board.emitWithAck('office:subscribe', { office: 'demo' })) as SubscribeReply;
    expect(reply.ok).toBe(true);

    // A closed socket frees its place for the same address; reconnecting does not refill its messages.
    flood[0].close();
    await new Promise((r) => setTimeout(r, 100));
    const again = await h.client(from('10.0.0.66'));
    const refused = (await again.emitWithAck('office:snapshot', { office: 'demo' })) as SubscribeReply;
    expect(refused).toEqual({ ok: false, error: 'rate_limited' });

    // A socket of a flooding address that asks on regardless is cut off, whichever limit refuses it.
    const cut = new Promise<string>((r) => flood[1].once('disconnect', (reason) => r(reason)));
    for (let i = 0; i < SOCKET_LIMITS.disconnectAfterRefused + 5 && flood[1].connected; i++)
      await (flood[1].timeout(2000).emitWithAck('office:snapshot', { office: 'demo' }) as Promise<unknown>).catch(
        () => null
      );
    expect(await cut).toBe('io server disconnect');
  });
});

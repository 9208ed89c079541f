import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import { createAppServer } from '../../server/http/server';

/**
 * The production HTTP server (server/main.ts) with an app handler that answers every
 * request it gets, as SvelteKit's does: socket.io's requests must never reach it.
 */
describe('one HTTP server for the app and socket.io', () => {
  let base = '';
  const seen: string[] = [];
  const { httpServer, io } = createAppServer((req, res) => {
    seen.push(req.url ?? '');
    if (req.url === '/throws') throw new Error('boom');
    if (req.url === '/rejects') return Promise.reject(new Error('async boom'));
    // As SvelteKit does with a body the route never reads: one chunk taken, then paused.
    if (req.url === '/unread') req.on('data', () => req.pause());
    res.setHeader('content-type', 'text/plain');
    res.end(`app ${req.url}`);
  });
  io.on('connection', (s) => s.on('ping-me', (ack: (x: string) => void) => ack('pong')));

  beforeAll(async () => {
    await new Promise<void>((r) => httpServer.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    io.close();
    await new Promise((r) => httpServer.close(r));
  });

  it('answers a plain GET /socket.io/ from socket.io alone and keeps serving', async () => {
    const r = await fetch(`${base}/socket.io/`);
    expect(r.status).toBe(400);
    await r.text();
    for (const path of ['/socket.io/?EIO=4&transport=polling', '/socket.io/x', '/socket.io/?EIO=9']) {
      const again = await fetch(`${base}${path}`);
      expect(again.status).toBeLessThan(500);
      await again.text();
    }
    expect(seen.filter((u) => u.startsWith('/socket.io/'))).toEqual([]);
    const app = await fetch(`${base}/kiosk/demo`);
    expect(await app.text()).toBe('app /kiosk/demo');
  });

  it('lets a socket.io client on default settings (long-polling first) connect', async () => {
    const s = connect(base, { forceNew: true, reconnection: false });
    try {
      await new Promise<void>((resolve, reject) => {
        s.once('connect', () => resolve());
        s.once('connect_error', reject);
      });
      expect(await s.emitWithAck('ping-me')).toBe('pong');
    } finally {
      s.close();
    }
    expect(seen.filter((u) => u.startsWith('/socket.io/'))).toEqual([]);
  });

  it('answers an error thrown by the app with a 500 and lives on', async () => {
    for (const path of ['/throws', '/rejects']) {
      const r = await fetch(`${base}${path}`);
      expect(r.status).toBe(500);
      expect(await r.json()).toEqual({ error: { code: 'internal', message: 'Internal error' } });
    }
    expect(await (await fetch(`${base}/still-here`)).text()).toBe('app /still-here');
  });

  it('answers the next request on a connection whose last body was never read', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (path: string, body?: Buffer) =>
      new Promise<string>((resolve, reject) => {
        const req = request(
          `${base}${path}`,
          { agent, method: body ? 'POST' : 'GET', headers: body ? { 'content-type': 'application/json' } : {} },
          (res) => {
            let text = '';
            res.on('data', (c) => (text += c)).on('end', () => resolve(text));
          }
        );
        req.setTimeout(5_000, () => req.destroy(new Error(`no answer to ${path}`)));
        req.on('error', reject);
        req.end(body);
      });
    try {
      expect(await send('/unread', Buffer.alloc(2_000_000, 'я'))).toBe('app /unread');
      expect(await send('/after')).toBe('app /after');
    } finally {
      agent.destroy();
    }
  });

  it('keeps kiosk connections alive between tickets', () => {
    expect(httpServer.keepAliveTimeout).toBeGreaterThanOrEqual(60_000);
    expect(httpServer.headersTimeout).toBeGreaterThan(httpServer.keepAliveTimeout);
  });
});

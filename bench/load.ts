/** The load generator shared by the floors and the product, so their figures compare. */
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';

export interface Rate {
  perSecond: number;
  p50: number;
  p99: number;
}

export const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/**
 * `total` POSTs of JSON from `concurrency` clients on keep-alive connections; every answer checked.
 * `headers` are request i's own (a paired kiosk's device cookie, the address a proxy names).
 */
export async function hammer(
  url: string,
  body: (i: number) => unknown,
  concurrency: number,
  total: number,
  check: (status: number, json: unknown) => void = okStatus,
  headers: (i: number) => Record<string, string> = () => ({})
): Promise<Rate> {
  const latencies: number[] = [];
  let next = 0;
  // A hall's kiosks hold their connections open (keep-alive 75 s, a report every 20 s): each
  // client opens its connection before the clock starts, as the kiosks had long before.
  await Promise.all(
    Array.from({ length: concurrency }, () => fetch(new URL('/healthz', url)).then((r) => r.arrayBuffer()))
  );
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const start = performance.now();
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers(i) },
          body: JSON.stringify(body(i))
        });
        check(res.status, await res.json());
        latencies.push(performance.now() - start);
      }
    })
  );
  return {
    perSecond: latencies.length / ((performance.now() - t0) / 1000),
    p50: pct(latencies, 50),
    p99: pct(latencies, 99)
  };
}

function okStatus(status: number, json: unknown) {
  if (status >= 300) throw new Error(`answered ${status}: ${JSON.stringify(json).slice(0, 200)}`);
}

/** `count` socket.io clients on websockets, each set up by `join` once connected. */
export async function boards(
  base: string,
  count: number,
  join: (s: Socket) => Promise<unknown> = async () => {}
): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let i = 0; i < count; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, async () => {
        const s = io(base, { transports: ['websocket'], forceNew: true });
        sockets.push(s);
        await new Promise<void>((r) => s.once('connect', () => r()));
        await join(s);
      })
    );
  }
  return sockets;
}

/** Time from `trigger` until every socket has an event of the type; `calls` times. */
export async function fanOut(
  sockets: Socket[],
  type: string,
  calls: number,
  trigger: (i: number) => Promise<unknown>,
  after: (i: number) => Promise<unknown> = async () => {}
) {
  const latencies: number[] = [];
  for (let i = 0; i < calls; i++) {
    let pending = sockets.length;
    let start = 0;
    const all = new Promise<void>((resolve) => {
      for (const s of sockets) {
        const on = (e: { type: string }) => {
          if (e.type !== type) return;
          s.off('queue:event', on);
          latencies.push(performance.now() - start);
          if (--pending === 0) resolve();
        };
        s.on('queue:event', on);
      }
    });
    start = performance.now();
    await trigger(i);
    await all;
    await after(i);
  }
  return { p50: pct(latencies, 50), p99: pct(latencies, 99) };
}

export const ms = (x: number) => `${x.toFixed(1)} ms`;

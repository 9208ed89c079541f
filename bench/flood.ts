/**
 * An anonymous socket flood from one address against a kiosk issuing tickets (issue 22,
 * docs/performance.md). The compiled server with the product's default per-address limits, behind
 * a proxy that names each client's address (ADDRESS_HEADER=x-forwarded-for):
 *   floor — a kiosk at 10.0.0.1 issues T tickets one after another, nothing else connected;
 *   flood — the same while 10.0.0.66 opens S sockets (more than its limit) and each asks for
 *           board snapshots as fast as it is answered.
 * Prints the kiosk's p50/p99 in both, the flood's p99 as a ratio to the floor, and what the flood
 * got: sockets accepted and refused, snapshots served and refused. The target: p99 ≤ 100 ms.
 * Usage: npm run build && npm run bench:flood [-- --sockets 250 --tickets 300]
 */
import { io, type Socket } from 'socket.io-client';
import { hammer, ms } from './load';
import { startServer } from './server';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SOCKETS = Number(arg('sockets', '250'));
const TICKETS = Number(arg('tickets', '300'));
const PORT = 3294;
const BASE = `http://127.0.0.1:${PORT}`;

/** T tickets from one kiosk address, one after another, as a visitor at a time takes one. */
const kiosk = (label: string) =>
  hammer(
    `${BASE}/api/v1/offices/demo/tickets`,
    (i) => ({ serviceId: 1 + (i % 3), language: i % 2 ? 'kk' : 'ru', idempotencyKey: `flood-${label}-${i}` }),
    1,
    TICKETS,
    undefined,
    () => ({ 'x-forwarded-for': '10.0.0.1' })
  );

const server = await startServer({
  port: PORT,
  db: 'data/bench-flood.db',
  env: { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1', VIRTUAL_PRINTER_PORT: '9194' }
});
try {
  console.log(
    `# Qabyldau flood bench — node ${process.version}, ${SOCKETS} sockets from one address, ${TICKETS} tickets`
  );
  const size = (await (await fetch(`${BASE}/api/v1/offices/demo/board`)).arrayBuffer()).byteLength;
  console.log(`the demo board's snapshot: ${(size / 1024).toFixed(1)} KB of JSON`);
  await kiosk('warm');
  const floor = await kiosk('floor');
  console.log(`floor  kiosk alone          p50 ${ms(floor.p50)}  p99 ${ms(floor.p99)}`);

  const got = { accepted: 0, refused: 0, served: 0, denied: 0 };
  const sockets: Socket[] = [];
  await Promise.all(
    Array.from(
      { length: SOCKETS },
      () =>
        new Promise<void>((resolve) => {
          const s = io(BASE, {
            transports: ['websocket'],
            forceNew: true,
            reconnection: false,
            extraHeaders: { 'x-forwarded-for': '10.0.0.66' }
          });
          sockets.push(s);
          s.once('connect', () => (got.accepted++, resolve()));
          s.once('connect_error', () => (got.refused++, resolve()));
        })
    )
  );
  let flooding = true;
  const floods = sockets
    .filter((s) => s.connected)
    .map(async (s) => {
      while (flooding && s.connected) {
        try {
          const reply = (await s.timeout(2000).emitWithAck('office:snapshot', { office: 'demo' })) as { ok: boolean };
          if (reply.ok) got.served++;
          else got.denied++;
        } catch {
          got.denied++;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    });
  const flooded = await kiosk('flood');
  flooding = false;
  for (const s of sockets) s.close();
  await Promise.all(floods);
  console.log(
    `flood  kiosk under flood    p50 ${ms(flooded.p50)}  p99 ${ms(flooded.p99)} (${(flooded.p99 / floor.p99).toFixed(2)} of the floor's p99; target ≤ 100 ms)`
  );
  console.log(
    `flood  what it got          sockets ${got.accepted} accepted, ${got.refused} refused; snapshots ${got.served} served, ${got.denied} refused or unanswered`
  );
} finally {
  server.kill();
}

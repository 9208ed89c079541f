/**
 * Printers for the bench: each takes a job's bytes and answers the status queries that end it, as
 * a real ESC/POS printer on the LAN does — and nothing else, so the figures are the server's.
 * (The demo's virtual printer decodes every job to a PNG, which is not what a hall pays for.)
 */
import { createServer, type Server } from 'node:net';
import { STATUS_OK, STATUS_QUERY } from '../server/printing/transport';

export async function sinkPrinters(count: number): Promise<{ ports: number[]; jobs: () => number; close: () => void }> {
  const servers: Server[] = [];
  let jobs = 0;
  for (let i = 0; i < count; i++) {
    const server = createServer((socket) => {
      let tail = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        tail = Buffer.concat([tail, chunk]).subarray(-STATUS_QUERY.length);
        if (tail.length === STATUS_QUERY.length && tail.equals(Buffer.from(STATUS_QUERY))) {
          jobs++;
          socket.write(Uint8Array.of(STATUS_OK, STATUS_OK));
        }
      });
      socket.on('error', () => {});
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    servers.push(server);
  }
  return {
    ports: servers.map((s) => (s.address() as { port: number }).port),
    jobs: () => jobs,
    close: () => servers.forEach((s) => s.close())
  };
}

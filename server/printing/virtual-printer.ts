/**
 * A network receipt printer in software, for development, the demo and the tests:
 * listens on raw TCP like a real one (port 9100), answers the status queries, decodes
 * each job and saves the printed ticket as a PNG.
 *
 *   npm run virtual-printer -- [--port 9100] [--host 127.0.0.1] [--dir data/printed]   (scripts/virtual-printer.ts)
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { decodeEscPos, type Decoded } from './decode';
import { bitmapToPng } from './render';
import { STATUS_OK } from './transport';

export interface PrintedJob {
  bytes: Uint8Array;
  decoded: Decoded;
  /** The PNG written to disk, if a directory was given and the job had a raster. */
  file: string | null;
}

const KEEP_JOBS = 20;

/** How this printer misbehaves, for fault tests. */
export type Behaviour = 'ok' | 'hang' | 'close-mid-job' | 'paper-out';

export interface VirtualPrinter {
  port: number;
  /** The latest jobs (at most 20). */
  jobs: PrintedJob[];
  events: EventEmitter<{ job: [PrintedJob] }>;
  /** The next job that completes. */
  nextJob(timeoutMs?: number): Promise<PrintedJob>;
  setBehaviour(b: Behaviour): void;
  close(): Promise<void>;
}

/** A stream this printer cannot read is reported and dropped, as a real printer prints garbage. */
function safeDecode(bytes: Uint8Array): Decoded | null {
  try {
    return decodeEscPos(bytes);
  } catch (e) {
    console.error(`virtual printer: ${e instanceof Error ? e.message : e}`);
    return null;
  }
}

export async function startVirtualPrinter(
  opts: { port?: number; host?: string; dir?: string | null; behaviour?: Behaviour } = {}
): Promise<VirtualPrinter> {
  let behaviour: Behaviour = opts.behaviour ?? 'ok';
  const jobs: PrintedJob[] = [];
  const events = new EventEmitter<{ job: [PrintedJob] }>();
  const sockets = new Set<Socket>();
  if (opts.dir) mkdirSync(opts.dir, { recursive: true });
  let count = 0;

  const server = createServer((socket) => {
    sockets.add(socket);
    const chunks: Buffer[] = [];
    let answered = 0;
    socket.on('data', (chunk: Buffer) => {
      if (behaviour === 'close-mid-job') {
        socket.destroy(); // a jam or a power cut after the first bytes
        return;
      }
      chunks.push(chunk);
      if (behaviour === 'hang') return;
      // Answer each real-time status request once the bytes before it are in.
      const decoded = safeDecode(Buffer.concat(chunks));
      if (!decoded) return;
      for (const q of decoded.statusRequests.slice(answered)) {
        socket.write(Uint8Array.of(behaviour === 'paper-out' && q.n === 4 ? STATUS_OK | 0x60 : STATUS_OK));
        answered++;
      }
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      sockets.delete(socket);
      if (behaviour !== 'ok' || chunks.length === 0) return;
      const bytes = new Uint8Array(Buffer.concat(chunks));
      const decoded = safeDecode(bytes);
      // A status query alone is the server checking on the printer, not a job.
      if (!decoded || (!decoded.bitmap && decoded.text.length === 0 && decoded.cuts === 0)) return;
      let file: string | null = null;
      if (opts.dir && decoded.bitmap) {
        file = resolve(join(opts.dir, `ticket-${new Date().toISOString().replace(/[:.]/g, '-')}-${++count}.png`));
        writeFileSync(file, bitmapToPng(decoded.bitmap));
      }
      const job = { bytes, decoded, file };
      jobs.push(job);
      // Only the latest jobs are kept: a demo printer runs for months (each job is ≈ 0.5 MB decoded).
      if (jobs.length > KEEP_JOBS) jobs.splice(0, jobs.length - KEEP_JOBS);
      events.emit('job', job);
    });
  });
  await new Promise<void>((r, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => r());
  });

  return {
    port: (server.address() as AddressInfo).port,
    jobs,
    events,
    nextJob(timeoutMs = 10_000) {
      return new Promise((r, reject) => {
        const timer = setTimeout(() => reject(new Error('no print job arrived')), timeoutMs);
        events.once('job', (job) => {
          clearTimeout(timer);
          r(job);
        });
      });
    },
    setBehaviour: (b) => (behaviour = b),
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      })
  };
}

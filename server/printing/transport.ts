import { open } from 'node:fs/promises';
import { connect } from 'node:net';

/** Where a kiosk's printer is: raw TCP (port 9100 on network printers) or a device file. */
export type PrinterTarget = { kind: 'network'; host: string; port: number } | { kind: 'device'; path: string };

export type PrintFault = 'unreachable' | 'timeout' | 'closed' | 'paper_out' | 'printer_error' | 'device_error';

export class PrintError extends Error {
  constructor(
    readonly fault: PrintFault,
    detail: string
  ) {
    super(`${fault}: ${detail}`);
  }
}

/**
 * After the job: DLE EOT 2 (offline cause) and DLE EOT 4 (paper sensor). An ESC/POS
 * printer answers each with one byte at once, so the answers tell that the whole job
 * arrived (a printer that closes the connection mid-job never answers) and whether the
 * printer can print it.
 */
export const STATUS_QUERY = Uint8Array.of(0x10, 0x04, 0x02, 0x10, 0x04, 0x04);
/** Fixed bits of every status byte (bits 1 and 4), i.e. "all is well". */
export const STATUS_OK = 0x12;

function faultOf(offline: number, paper: number): PrintFault | null {
  if (paper & 0x60 || offline & 0x20) return 'paper_out';
  if (offline & 0x44) return 'printer_error'; // 0x40 error, 0x04 cover open
  return null;
}

export function parseTarget(kind: string, address: string): PrinterTarget | null {
  if (kind === 'NETWORK') {
    const m = /^([^:\s]+)(?::(\d{1,5}))?$/.exec(address.trim());
    if (!m) return null;
    const port = m[2] ? Number(m[2]) : 9100;
    return port > 0 && port < 65536 ? { kind: 'network', host: m[1], port } : null;
  }
  if (kind === 'DEVICE') return deviceAllowed(address) ? { kind: 'device', path: address } : null;
  return null;
}

/**
 * Printer device files an administrator may name: only these patterns, set by the operator in the
 * environment (QABYLDAU_PRINTER_DEVICES, comma-separated; `*` within a folder, `**` across), never
 * through the web admin — otherwise any ticket request would write printer data over any file.
 */
export const DEFAULT_DEVICE_PATTERNS = '/dev/usb/lp*,/dev/lp*';

export function deviceAllowed(
  path: string,
  patterns = process.env.QABYLDAU_PRINTER_DEVICES ?? DEFAULT_DEVICE_PATTERNS
): boolean {
  if (!path.startsWith('/') || path.split('/').includes('..')) return false;
  return patterns
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .some((p) =>
      new RegExp(
        `^${p
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*\*/g, '\u0000')
          .replace(/\*/g, '[^/]*')
          // eslint-disable-next-line no-control-regex -- NUL stood in for '**' while the single stars were replaced
          .replace(/\u0000/g, '.*')}$`
      ).test(path)
    );
}

/** Sends one job; resolves when the printer has taken it, rejects with a PrintError. */
export function sendToPrinter(target: PrinterTarget, job: Uint8Array, timeoutMs: number): Promise<void> {
  return target.kind === 'network'
    ? sendTcp(target.host, target.port, job, timeoutMs)
    : sendDevice(target.path, job, timeoutMs);
}

function sendTcp(host: string, port: number, job: Uint8Array, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const answers: number[] = [];
    let settled = false;
    const finish = (err?: PrintError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (err) reject(err);
      else resolve();
    };
    const timer = setTimeout(
      () => finish(new PrintError('timeout', `no answer from ${host}:${port} within ${timeoutMs} ms`)),
      timeoutMs
    );
    socket.on('connect', () => {
      socket.write(job);
      socket.write(STATUS_QUERY);
    });
    socket.on('data', (chunk: Buffer) => {
      answers.push(...chunk);
      if (answers.length >= 2) {
        const fault = faultOf(answers[0], answers[1]);
        finish(
          fault ? new PrintError(fault, `status 0x${answers[0].toString(16)} 0x${answers[1].toString(16)}`) : undefined
        );
      }
    });
    socket.on('error', (e: NodeJS.ErrnoException) => {
      const fault: PrintFault =
        e.code === 'ECONNREFUSED' || e.code === 'EHOSTUNREACH' || e.code === 'ENOTFOUND' ? 'unreachable' : 'closed';
      finish(new PrintError(fault, `${host}:${port} ${e.code ?? e.message}`));
    });
    socket.on('close', () =>
      finish(new PrintError('closed', `${host}:${port} closed the connection before confirming the job`))
    );
  });
}

async function sendDevice(path: string, job: Uint8Array, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new PrintError('timeout', `${path} did not take the job within ${timeoutMs} ms`)),
      timeoutMs
    );
  });
  const write = (async () => {
    const file = await open(path, 'w').catch((e: NodeJS.ErrnoException) => {
      throw new PrintError('unreachable', `${path}: ${e.code ?? e.message}`);
    });
    try {
      await file.write(job);
    } catch (e) {
      throw new PrintError('device_error', `${path}: ${(e as NodeJS.ErrnoException).code ?? e}`);
    } finally {
      await file.close().catch(() => {});
    }
  })();
  try {
    await Promise.race([write, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

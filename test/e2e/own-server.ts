import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

/**
 * A server of its own for a spec that must restart it, kill it or start it without the demo:
 * the production build (Playwright's webServer built it) on its own port and database.
 */
export interface OwnServer {
  base: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** SIGKILL: no shutdown handler runs, as with a power cut or the OOM killer. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export function sqliteFiles(name: string): { url: string; files: string[] } {
  const path = `data/${name}.db`;
  return { url: `file:./${path}`, files: [path, `${path}-wal`, `${path}-shm`] };
}

export async function startOwnServer(opts: {
  port: number;
  databaseUrl: string;
  demo?: boolean;
  env?: Record<string, string>;
  fresh?: string[];
}): Promise<OwnServer> {
  for (const f of opts.fresh ?? []) rmSync(f, { force: true });
  // The compiled server the suite's build made, as production runs it: plain Node, so a signal
  // reaches the server itself.
  const child: ChildProcess = spawn(process.execPath, ['build/run/main.js', ...(opts.demo ? ['--demo'] : [])], {
    env: {
      ...process.env,
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      DATABASE_URL: opts.databaseUrl,
      // Its own virtual printer port: the shared e2e server holds 9100.
      VIRTUAL_PRINTER_PORT: String(opts.port + 1000),
      ...opts.env
    },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const base = `http://127.0.0.1:${opts.port}`;
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${out}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    output: () => out,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    }
  };
}

/** The production server as the benches run it: the compiled build, the demo, a fresh SQLite file. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

export async function startServer(o: {
  port: number;
  db: string;
  env?: Record<string, string>;
}): Promise<ChildProcess> {
  if (!existsSync('build/run/main.js')) throw new Error('run `npm run build` first');
  for (const f of [o.db, `${o.db}-wal`, `${o.db}-shm`]) rmSync(f, { force: true });
  const child = spawn(process.execPath, ['build/run/main.js', '--demo'], {
    env: {
      ...process.env,
      PORT: String(o.port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:./${o.db}`,
      QABYLDAU_BACKUP_EVERY_HOURS: '0',
      ...o.env
    },
    stdio: ['ignore', 'ignore', 'inherit']
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${o.port}/healthz`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('server did not start');
}

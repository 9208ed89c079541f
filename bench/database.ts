/**
 * What the database benches share: their arguments, a median timer, and a fresh database — a file
 * under data/ or a new database on the PostgreSQL server `--pg` names — with the bare driver beside
 * Prisma, for the floors each bench measures in the same run.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { DbConfig } from '../server/db/config';

export const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The median of `runs` timed calls, after one untimed (statement preparation, JIT). */
export async function time(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

export interface BenchStore {
  config: DbConfig;
  /** The bare driver: one SQL statement ($1… parameters), for a floor. */
  raw: (sql: string, params: unknown[]) => Promise<unknown[]>;
  close: () => Promise<void>;
}

export async function freshStore(name: string, pgUrl: string): Promise<BenchStore> {
  if (!pgUrl) {
    const file = `data/${name}.db`;
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    let bare: Database.Database | null = null;
    return {
      config: { provider: 'sqlite', url: `file:./${file}` },
      raw: async (sql, params) => {
        bare ??= new Database(file, { readonly: true });
        return bare.prepare(sql.replace(/\$\d+/g, '?')).all(...params);
      },
      close: async () => {
        bare?.close();
      }
    };
  }
  const db = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${db}`);
  const url = new URL(pgUrl);
  url.pathname = `/${db}`;
  const bare = new pg.Client({ connectionString: url.toString() });
  let connected = false;
  return {
    config: { provider: 'postgresql', url: url.toString() },
    raw: async (sql, params) => {
      if (!connected) await bare.connect();
      connected = true;
      return (await bare.query(sql, params)).rows;
    },
    close: async () => {
      if (connected) await bare.end();
      await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      await admin.end();
    }
  };
}

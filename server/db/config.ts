import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type Provider = 'sqlite' | 'postgresql';

/** SQLite file under data/ unless DATABASE_URL names a PostgreSQL server. */
export const DEFAULT_DATABASE_URL = 'file:./data/qabyldau.db';

export interface DbConfig {
  provider: Provider;
  url: string;
}

export function dbConfig(env: Record<string, string | undefined> = process.env): DbConfig {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: 'postgresql', url };
  return { provider: 'sqlite', url: sqliteUrl(url) };
}

/** Normalises file:relative paths to absolute ones and makes sure the folder exists. */
function sqliteUrl(url: string): string {
  const path = url.replace(/^file:/, '');
  if (path === ':memory:') return path;
  const abs = resolve(path);
  mkdirSync(dirname(abs), { recursive: true });
  return `file:${abs}`;
}

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Provider } from '../server/db/config';

// From the working directory (the project's root), not this file: the compiled server is bundled
// into build/run/ (scripts/build-server.ts).
const DIR = resolve(process.env.QABYLDAU_ROOT ?? process.cwd(), 'prisma');
const SOURCE = resolve(DIR, 'schema.prisma');

/**
 * prisma/schema.prisma is written for SQLite; the PostgreSQL schema differs only
 * in its provider and client output folder, so it is derived, never edited.
 */
export function schemaText(provider: Provider): string {
  const text = readFileSync(SOURCE, 'utf8');
  if (provider === 'sqlite') return text;
  return text
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace('../server/db/generated/sqlite', '../../server/db/generated/postgresql');
}

export const MIGRATIONS_DIR: Record<Provider, string> = {
  sqlite: resolve(DIR, 'migrations'),
  postgresql: resolve(DIR, 'postgres/migrations')
};

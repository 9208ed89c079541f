import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Provider } from '../server/db/config';

const SOURCE = fileURLToPath(new URL('./schema.prisma', import.meta.url));

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
  sqlite: fileURLToPath(new URL('./migrations', import.meta.url)),
  postgresql: fileURLToPath(new URL('./postgres/migrations', import.meta.url))
};

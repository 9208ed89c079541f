/**
 * Migrations by hand (prisma/migrate.ts; the server also deploys at every start):
 *   npm run migrate -- deploy                 apply pending migrations to DATABASE_URL
 *   npm run migrate:create NAME               write the next migration for SQLite and PostgreSQL
 *                                             (PostgreSQL diffs need MIGRATE_PG_URL, a scratch server)
 */
import { create, deploy } from '../prisma/migrate';

const [cmd, arg] = process.argv.slice(2);
if (cmd === 'deploy') {
  const applied = await deploy();
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
} else if (cmd === 'create' && arg) {
  await create(arg);
} else {
  console.error('usage: npm run migrate -- deploy | npm run migrate:create NAME');
  process.exit(2);
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../server/db/client';
import { issueTicket } from '../../server/queue';
import { freshDatabase, startHarness, type Harness } from './harness';

/**
 * The PostgreSQL path docs/operations.md documents (issue 22): `pg_dump --format=custom` of the
 * live database while kiosks issue tickets, `pg_restore --no-owner` into an empty database — and
 * the restored office goes on numbering where the dump left it, losing and repeating nothing.
 */
describe.skipIf(!process.env.TEST_PG_URL)('PostgreSQL backup and restore with pg_dump and pg_restore', () => {
  let h: Harness;
  let dir: string;
  let restored: { url: string; drop: () => Promise<void> } | undefined;
  let db2: Db | undefined;
  beforeAll(async () => {
    h = await startHarness('postgresql');
    dir = mkdtempSync(join(tmpdir(), 'qabyldau-pgdump-'));
  });
  afterAll(async () => {
    await db2?.$disconnect();
    await restored?.drop();
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const issue = (db: Db) =>
    issueTicket(
      { db, now: () => new Date(), publish: () => {} },
      { officeCode: 'demo', serviceId: h.services.consultation, language: 'kk' }
    );

  it('dumps during a stream of tickets, restores into an empty database, and numbering continues', async () => {
    for (let i = 0; i < 20; i++) await issue(h.db);
    // Kiosks keep issuing while the dump runs: it is one consistent snapshot all the same.
    let stop = false;
    const stream = (async () => {
      while (!stop) await issue(h.db);
    })();
    const file = join(dir, 'qabyldau.dump');
    execFileSync('pg_dump', ['--format=custom', `--file=${file}`, h.config.url], { stdio: 'pipe' });
    stop = true;
    await stream;
    expect(statSync(file).size).toBeGreaterThan(10_000);

    const target = await freshDatabase('postgresql');
    restored = { url: target.config.url, drop: target.drop };
    execFileSync('pg_restore', ['--no-owner', `--dbname=${target.config.url}`, file], { stdio: 'pipe' });
    db2 = await createDb(target.config);

    // What the dump holds agrees with itself: every ticket numbered by its counter, every event by the office's sequence.
    const { serviceDay } = await db2.ticket.findFirstOrThrow({ orderBy: { id: 'desc' } });
    const tickets = await db2.ticket.findMany({
      where: { serviceId: h.services.consultation, serviceDay },
      orderBy: { number: 'asc' }
    });
    expect(tickets.length).toBeGreaterThanOrEqual(20);
    expect(tickets.map((t) => t.number)).toEqual(tickets.map((_, i) => i + 1));
    const counter = await db2.ticketCounter.findFirstOrThrow({ where: { prefix: 'Б', serviceDay } });
    expect(counter.value).toBe(tickets.length);
    const office = await db2.office.findUniqueOrThrow({ where: { code: 'demo' } });
    const events = await db2.ticketEvent.aggregate({ where: { officeId: office.id }, _max: { seq: true } });
    expect(events._max.seq).toBe(office.eventSeq);

    // The restored office goes on: the next number follows, and ids (sequences) do not collide.
    const next = await issue(db2);
    expect(next.ticket.code).toBe(`Б-${String(tickets.length + 1).padStart(3, '0')}`);
    const again = await issue(db2);
    expect(again.ticket.code).toBe(`Б-${String(tickets.length + 2).padStart(3, '0')}`);
  });
});

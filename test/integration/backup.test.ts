import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { backupNow, backupSettings, integrityOk, listBackups, restoreBackup, sqlitePath } from '../../server/db/backup';
import { createDb } from '../../server/db/client';
import { issueTicket } from '../../server/queue/tickets';
import { startHarness, type Harness } from './harness';

/** Backups are taken while kiosks issue tickets, each is a consistent snapshot, and a restore brings it back. */
describe('SQLite backups', () => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    h = await startHarness('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'qabyldau-backups-'));
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const consistent = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      const tickets = db
        .prepare(`SELECT count(*) AS n, max(number) AS top FROM "Ticket" WHERE "serviceId" = ?`)
        .get(h.services.consultation) as { n: number; top: number | null };
      const counter = db
        .prepare(`SELECT coalesce(max(value), 0) AS v FROM "TicketCounter" WHERE prefix = 'Б'`)
        .get() as { v: number };
      const seq = db.prepare(`SELECT "eventSeq" AS s FROM "Office" WHERE code = 'demo'`).get() as { s: number };
      const events = db.prepare(`SELECT count(*) AS n, coalesce(max(seq), 0) AS top FROM "TicketEvent"`).get() as {
        n: number;
        top: number;
      };
      return {
        tickets: tickets.n,
        top: tickets.top ?? 0,
        counter: counter.v,
        seq: seq.s,
        events: events.n,
        eventTop: events.top
      };
    } finally {
      db.close();
    }
  };

  it('takes consistent snapshots during a stream of tickets, keeps the newest N, and restores one', async () => {
    const file = sqlitePath(h.config)!;
    let stop = false;
    let issued = 0;
    const stream = (async () => {
      while (!stop) {
        await issueTicket(h.ctx, { officeCode: 'demo', serviceId: h.services.consultation, language: 'kk' });
        issued++;
        // SQLite answers synchronously under its promises: let timers run between tickets.
        await new Promise((r) => setImmediate(r));
      }
    })();
    const taken: string[] = [];
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 150));
      taken.push(await backupNow(file, { dir, keep: 2 }, new Date(Date.UTC(2026, 10, 22, 10, i))));
    }
    stop = true;
    await stream;
    expect(issued).toBeGreaterThan(5);

    // Retention: the two newest remain, newest first; no half-written file is left.
    expect(listBackups(dir).map((b) => b.file)).toEqual([taken[2], taken[1]]);
    expect(existsSync(taken[0])).toBe(false);
    for (const f of taken.slice(1)) {
      expect(integrityOk(f)).toBe(true);
      // A snapshot of whole transactions: every number given is a ticket, every sequence an event.
      const c = consistent(f);
      expect(c.tickets).toBeGreaterThan(0);
      expect(c.top).toBe(c.counter);
      expect(c.tickets).toBe(c.counter);
      expect(c.eventTop).toBe(c.seq);
      expect(c.events).toBe(c.seq);
    }

    // Restore the older backup into another place (the server's file is still open here).
    const target = join(dir, 'restored', 'qabyldau.db');
    expect(restoreBackup(taken[1], target).previous).toBeNull();
    const again = restoreBackup(taken[1], target);
    expect(again.previous && existsSync(again.previous)).toBe(true);
    const restored = await createDb({ provider: 'sqlite', url: `file:${target}` });
    try {
      expect(await restored.ticket.count({ where: { serviceId: h.services.consultation } })).toBe(
        consistent(taken[1]).tickets
      );
      expect(await restored.user.count({ where: { login: 'admin' } })).toBe(1);
    } finally {
      await restored.$disconnect();
    }
    // A file that is not a database is refused and changes nothing.
    expect(() => restoreBackup(join(dir, 'restored', 'qabyldau.db-missing'), target)).toThrow();
    expect(integrityOk(target)).toBe(true);

    // Issue 22: the server's own file, open and written to, is never replaced under it: the
    // restore is refused and every acknowledged ticket stays where the server keeps writing.
    const before = await h.db.ticket.count();
    expect(() => restoreBackup(taken[1], file)).toThrow(/open in a running server/);
    await issueTicket(h.ctx, { officeCode: 'demo', serviceId: h.services.consultation, language: 'kk' });
    expect(await h.db.ticket.count()).toBe(before + 1);
    expect(readdirSync(dirname(file)).some((f) => f.includes('before-restore'))).toBe(false);

    // The restored file keeps the owner and mode of the one it replaces (a service's own user,
    // even when root restores).
    chmodSync(target, 0o640);
    if (process.getuid?.() === 0) chownSync(target, 4321, 4321);
    restoreBackup(taken[1], target);
    const st = statSync(target);
    expect(st.mode & 0o777).toBe(0o640);
    if (process.getuid?.() === 0) expect([st.uid, st.gid]).toEqual([4321, 4321]);
  });

  it('reads its schedule from the environment, with safe defaults', () => {
    expect(backupSettings('/var/lib/q/q.db', {})).toEqual({ dir: '/var/lib/q/backups', everyHours: 24, keep: 14 });
    expect(
      backupSettings('/var/lib/q/q.db', {
        QABYLDAU_BACKUP_DIR: '/b',
        QABYLDAU_BACKUP_EVERY_HOURS: '6',
        QABYLDAU_BACKUP_KEEP: '0'
      })
    ).toEqual({ dir: '/b', everyHours: 6, keep: 1 });
    expect(backupSettings('/q.db', { QABYLDAU_BACKUP_EVERY_HOURS: 'often' }).everyHours).toBe(24);
  });
});

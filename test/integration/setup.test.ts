import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploy } from '../../prisma/migrate';
import { seedDemo, demoPasswordInUse } from '../../prisma/seed';
import { completeSetup, formatCode, prepareSetup, setupPending } from '../../server/auth/setup';
import { signIn } from '../../server/auth/sessions';
import { createDb, type Db } from '../../server/db/client';
import { freshDatabase, PROVIDERS, refusal } from './harness';

/** A production start has no user and no published password: the first administrator comes from a one-time code. */
describe.each(PROVIDERS)('first administrator on %s', (provider) => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const fresh = await freshDatabase(provider);
    drop = fresh.drop;
    await deploy(fresh.config);
    db = await createDb(fresh.config);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await drop?.();
  });
  const now = new Date('2026-11-22T05:00:00Z');
  const input = (code: string, login = 'aliya') => ({
    code,
    login,
    fullName: 'Әлия Серікқызы',
    password: 'Қазақстан-2026',
    locale: 'kk' as const
  });

  it('a new code on each start replaces the last; a wrong or old code creates nobody', async () => {
    expect(await setupPending(db)).toBe(true);
    const first = await prepareSetup(db, now);
    const second = await prepareSetup(db, now);
    expect(second).toMatch(/^[A-HJKMNP-Z2-9]{12}$/);
    expect(first).not.toBe(second);
    expect(await refusal(completeSetup(db, input(first!), now))).toBe('bad_setup_code');
    expect(await refusal(completeSetup(db, input('AAAA-AAAA-AAAA'), now))).toBe('bad_setup_code');
    expect(await db.user.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: 'setup.failure' } })).toBe(2);

    // Two racing requests with the right code (typed in lower case with dashes): one administrator.
    const typed = formatCode(second!).toLowerCase();
    const results = await Promise.allSettled([
      completeSetup(db, input(typed, 'aliya'), now),
      completeSetup(db, input(typed, 'other'), now)
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const users = await db.user.findMany();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ role: 'admin', officeId: null, fullName: 'Әлия Серікқызы' });
    expect(await db.setupCode.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: 'setup.admin', entityId: String(users[0].id) } })).toBe(1);

    // The code is spent and no new one is made once anyone exists; the new admin signs in.
    expect(await refusal(completeSetup(db, input(typed, 'third'), now))).toBe('setup_done');
    expect(await prepareSetup(db, now)).toBeNull();
    expect((await signIn(db, users[0].login, 'Қазақстан-2026', now)).token).toBeTruthy();
  });

  it('no demo user exists unless the demo is seeded, and a production start can tell when one is', async () => {
    expect(await db.user.count({ where: { login: 'admin' } })).toBe(0);
    expect(await demoPasswordInUse(db)).toBe(false);
    await seedDemo(db);
    expect(await demoPasswordInUse(db)).toBe(true);
  });
});

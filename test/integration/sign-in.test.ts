import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionUser, signIn } from '../../server/auth/sessions';
import { PROVIDERS, refusal, startHarness, type Harness } from './harness';

/** Guessing passwords is slowed per account and per address; every attempt is in the audit log. */
describe.each(PROVIDERS)('sign-in on %s', (provider) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(provider);
  });
  afterAll(() => h?.close());

  it('after five wrong passwords even the right one waits; a minute later it works', async () => {
    const now = new Date('2026-11-22T05:00:00Z');
    for (let i = 0; i < 5; i++)
      expect(await refusal(signIn(h.db, 'head', 'wrong', new Date(now.getTime() + i * 1000), '10.0.0.1'))).toBe(
        'bad_credentials'
      );
    const err = await signIn(h.db, 'head', 'qabyldau', new Date(now.getTime() + 10_000), '10.0.0.1').catch((e) => e);
    expect(err.code).toBe('too_many_attempts');
    expect(err.params.minutes).toBe(1);
    const later = await signIn(h.db, 'head', 'qabyldau', new Date(now.getTime() + 70_000), '10.0.0.1');
    expect(await sessionUser(h.db, later.token, new Date(now.getTime() + 70_000))).toMatchObject({ login: 'head' });
    const actions = (await h.db.auditLog.findMany({ where: { action: { startsWith: 'signin.' } } })).map(
      (a) => a.action
    );
    expect(actions.filter((a) => a === 'signin.failure')).toHaveLength(5);
    expect(actions).toContain('signin.locked');
    expect(actions).toContain('signin.success');
  });

  it('locks an address guessing across accounts, and purges expired sessions at sign-in', async () => {
    const now = new Date('2026-11-22T06:00:00Z');
    for (let i = 0; i < 30; i++)
      await refusal(signIn(h.db, `nobody${i}`, 'x', new Date(now.getTime() + i * 1000), '10.0.0.9'));
    expect(await refusal(signIn(h.db, 'appeals', 'qabyldau', new Date(now.getTime() + 40_000), '10.0.0.9'))).toBe(
      'too_many_attempts'
    );
    // Another address is not affected.
    const user = await h.db.user.findUniqueOrThrow({ where: { login: 'appeals' } });
    await h.db.session.create({
      data: { id: 'expired-session', userId: user.id, expiresAt: new Date('2026-01-01T00:00:00Z') }
    });
    await signIn(h.db, 'appeals', 'qabyldau', new Date(now.getTime() + 40_000), '10.0.0.10');
    expect(await h.db.session.findUnique({ where: { id: 'expired-session' } })).toBeNull();
  });
});

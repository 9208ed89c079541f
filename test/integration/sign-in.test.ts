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

  it('200 guesses sent at once are counted as 200: at most five are checked; the owner signs in from another address', async () => {
    const now = new Date('2026-11-22T07:00:00Z');
    const guesses = Array.from({ length: 200 }, (_, i) => (i === 40 ? 'qabyldau' : `guess-${i}`));
    const outcomes = await Promise.all(
      guesses.map((p) =>
        signIn(h.db, 'registrar', p, now, '10.0.0.66').then(
          () => 'signed-in',
          (e: { code?: string }) => e.code ?? 'error'
        )
      )
    );
    const checked = outcomes.filter((o) => o !== 'too_many_attempts');
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(outcomes.filter((o) => o === 'too_many_attempts').length).toBeGreaterThanOrEqual(195);
    // Whether the real password (the 41st sent) happened to be among the checked few is a race it
    // should lose almost always; what must hold is that at most five passwords were looked at.
    const attempts = await h.db.signInAttempt.count({ where: { login: 'registrar', ip: '10.0.0.66' } });
    expect(attempts).toBe(checked.length);
    const audited = await h.db.auditLog.count({ where: { action: 'signin.locked' } });
    expect(audited).toBeGreaterThanOrEqual(195);
    // The owner, at the office's machine, is not locked out by the guessing elsewhere.
    const owner = await signIn(h.db, 'registrar', 'qabyldau', new Date(now.getTime() + 1000), '10.0.0.67');
    expect(await sessionUser(h.db, owner.token, new Date(now.getTime() + 1000))).toMatchObject({ login: 'registrar' });
  });
});

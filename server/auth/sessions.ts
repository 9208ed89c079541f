import { lockKeys, TX_OPTIONS, type Db } from '../db/client';
import { DomainError } from '../shared/errors';
import { isRole, type Role } from './roles';
import { audit } from './audit';
import { hashPassword, verifyPassword } from './passwords';
import { accountLockedUntil, addressLockedUntil, ADDRESS_WINDOW_MS } from './throttle-rules';
import { scopeOf } from './scope';
import { newToken, tokenDigest as digest } from '../shared/tokens';

export const SESSION_COOKIE = 'qabyldau_session';
export const SESSION_DAYS = 7;

export interface SessionUser {
  id: number;
  login: string;
  fullName: string;
  role: Role;
  officeId: number | null;
  /** Every office this user may see and act in (server/auth/scope.ts). */
  officeIds: number[];
  locale: string;
  /** An executor's structural unit (control of execution); null for everyone else. */
  unitId: number | null;
}

// A fixed hash to verify against when the login is unknown, so both cases take the same time.
let decoy: Promise<string> | undefined;

/**
 * Checks the password, throttled per account and per address (throttle-rules.ts); every attempt
 * is kept for the throttle and written to the audit log. Expired sessions are purged here.
 */
export async function signIn(db: Db, login: string, password: string, now: Date, ip = 'unknown') {
  const since = new Date(now.getTime() - 86_400_000);
  const user = await db.user.findUnique({ where: { login } });
  const log = (action: string, detail: Record<string, unknown>) =>
    audit(
      { db, now: () => now },
      user ? { id: user.id } : null,
      user?.officeId ?? null,
      action,
      'User',
      user?.id ?? null,
      { ip, ...detail }
    );
  // The check and the count are one step: an attempt is written down as a failure before its
  // password is looked at (and turned into a success after), inside a transaction that attempts on
  // the same account or from the same address wait for. So 200 guesses sent at once are counted as
  // 200, and only the first few are checked at all. The account's count is per address, so someone
  // guessing elsewhere cannot lock the owner out; the address's own limit stays.
  const verdict = await db.$transaction(async (tx) => {
    await lockKeys(db, tx, [`signin:ip:${ip}`, `signin:login:${login}`]);
    const mine = await tx.signInAttempt.findMany({
      where: { login, ip, at: { gte: since } },
      orderBy: { id: 'asc' },
      select: { at: true, ok: true }
    });
    const fromHere = await tx.signInAttempt.findMany({
      where: { ip, ok: false, at: { gte: new Date(now.getTime() - ADDRESS_WINDOW_MS) } },
      orderBy: { id: 'asc' },
      select: { at: true }
    });
    const locked = [
      accountLockedUntil(mine, now),
      addressLockedUntil(
        fromHere.map((a) => a.at),
        now
      )
    ]
      .filter((d): d is Date => d !== null)
      .sort((x, y) => y.getTime() - x.getTime())[0];
    if (locked) return { kind: 'locked' as const, until: locked };
    const attempt = await tx.signInAttempt.create({ data: { at: now, login, ip, ok: false }, select: { id: true } });
    return { kind: 'checking' as const, attempt: attempt.id };
  }, TX_OPTIONS);
  if (verdict.kind === 'locked') {
    const locked = verdict.until;
    await log('signin.locked', { until: locked.toISOString() });
    throw new DomainError('too_many_attempts', {
      minutes: Math.max(1, Math.ceil((locked.getTime() - now.getTime()) / 60_000))
    });
  }
  decoy ??= hashPassword('decoy-password-never-used');
  const ok = (await verifyPassword(user?.passwordHash ?? (await decoy), password)) && !!user && user.active;
  if (ok) await db.signInAttempt.update({ where: { id: verdict.attempt }, data: { ok: true } });
  await log(ok ? 'signin.success' : 'signin.failure', user ? {} : { unknownLogin: true });
  if (!ok || !user) throw new DomainError('bad_credentials');
  await db.session.deleteMany({ where: { expiresAt: { lte: now } } });
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db.session.create({ data: { id: digest(token), userId: user.id, expiresAt } });
  return { token, expiresAt };
}

export async function sessionUser(db: Db, token: string | undefined, now: Date): Promise<SessionUser | null> {
  if (!token) return null;
  const session = await db.session.findUnique({
    where: { id: digest(token) },
    include: { user: { include: { offices: { select: { officeId: true } } } } }
  });
  if (!session || session.expiresAt <= now || !session.user.active || !isRole(session.user.role)) return null;
  const u = session.user;
  return {
    id: u.id,
    login: u.login,
    fullName: u.fullName,
    role: u.role as Role,
    officeId: u.officeId,
    officeIds: scopeOf(u.officeId, u.offices),
    locale: u.locale,
    unitId: u.unitId
  };
}

export async function signOut(db: Db, token: string | undefined): Promise<void> {
  if (token) await db.session.deleteMany({ where: { id: digest(token) } });
}

/** Server-side role check; the UI hiding a button is never the only guard. */
export function requireRole(user: SessionUser | null, roles: readonly Role[]): SessionUser {
  if (!user) throw new DomainError('not_signed_in');
  if (!roles.includes(user.role)) throw new DomainError('forbidden');
  return user;
}

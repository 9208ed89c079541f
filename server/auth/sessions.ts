import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import { DomainError } from '../shared/errors';
import { isRole, type Role } from './roles';
import { hashPassword, verifyPassword } from './passwords';
import { scopeOf } from './scope';

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
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

// A fixed hash to verify against when the login is unknown, so both cases take the same time.
let decoy: Promise<string> | undefined;

export async function signIn(db: Db, login: string, password: string, now: Date) {
  const user = await db.user.findUnique({ where: { login } });
  decoy ??= hashPassword('decoy-password-never-used');
  const ok = await verifyPassword(user?.passwordHash ?? (await decoy), password);
  if (!user || !user.active || !ok) throw new DomainError('bad_credentials');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db.session.create({ data: { id: digest(token), userId: user.id, expiresAt } });
  return { token, expiresAt };
}

export async function sessionUser(db: Db, token: string | undefined, now: Date): Promise<SessionUser | null> {
  if (!token) return null;
  const session = await db.session.findUnique({ where: { id: digest(token) }, include: { user: { include: { offices: { select: { officeId: true } } } } } });
  if (!session || session.expiresAt <= now || !session.user.active || !isRole(session.user.role)) return null;
  const u = session.user;
  return { id: u.id, login: u.login, fullName: u.fullName, role: u.role as Role, officeId: u.officeId, officeIds: scopeOf(u.officeId, u.offices), locale: u.locale };
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

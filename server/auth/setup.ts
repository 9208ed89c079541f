import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/client';
import { TX_OPTIONS } from '../db/client';
import { DomainError } from '../shared/errors';
import { audit } from './audit';
import { hashPassword } from './passwords';

/**
 * The first administrator of a new installation. A production start creates no users and no
 * published password: while the database has no user at all, each start prints a fresh one-time
 * code to the server's log (journalctl, docker logs), which only whoever runs the server reads.
 * /setup exchanges that code for the first administrator, once; the code then stops existing.
 */

// Without 0/O and 1/I/L: read off a terminal and typed on another machine.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const SETUP_CODE_LENGTH = 12;

const digest = (code: string) => createHash('sha256').update(normalizeCode(code)).digest();

/** Dashes and spaces a person types between groups, and case, do not matter. */
export function normalizeCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/** Shown as ABCD-EFGH-JKMN. */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}

export async function setupPending(db: Db): Promise<boolean> {
  return (await db.user.count()) === 0;
}

/** A new code if the installation has no user yet (replacing any earlier one), else null. */
export async function prepareSetup(db: Db, now: Date): Promise<string | null> {
  if (!(await setupPending(db))) {
    await db.setupCode.deleteMany({});
    return null;
  }
  const code = Array.from({ length: SETUP_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  const hash = digest(code).toString('hex');
  await db.setupCode.upsert({
    where: { id: 1 },
    create: { id: 1, hash, createdAt: now },
    update: { hash, createdAt: now }
  });
  return code;
}

export interface SetupInput {
  code: string;
  login: string;
  fullName: string;
  password: string;
  locale: 'kk' | 'ru';
}

/**
 * Creates the first administrator, or refuses with `bad_setup_code` (a wrong or used code) or
 * `setup_done` (users exist). Two racing requests with the right code create one user: the code's
 * row is deleted in the same transaction, and only the request that deleted it goes on.
 */
export async function completeSetup(
  db: Db,
  input: SetupInput,
  now: Date,
  ip = 'unknown'
): Promise<{ id: number; login: string }> {
  const row = await db.setupCode.findUnique({ where: { id: 1 } });
  if (!row) throw new DomainError((await setupPending(db)) ? 'bad_setup_code' : 'setup_done');
  const given = digest(input.code);
  if (!timingSafeEqual(given, Buffer.from(row.hash, 'hex'))) {
    await audit({ db, now: () => now }, null, null, 'setup.failure', 'User', null, { ip });
    throw new DomainError('bad_setup_code');
  }
  const passwordHash = await hashPassword(input.password);
  const user = await db.$transaction(async (tx) => {
    const used = await tx.setupCode.deleteMany({ where: { id: 1, hash: row.hash } });
    if (used.count !== 1 || (await tx.user.count()) > 0) throw new DomainError('setup_done');
    return tx.user.create({
      data: {
        login: input.login,
        fullName: input.fullName,
        role: 'admin',
        passwordHash,
        locale: input.locale,
        officeId: null
      }
    });
  }, TX_OPTIONS);
  await audit({ db, now: () => now }, { id: user.id }, null, 'setup.admin', 'User', user.id, { ip, login: user.login });
  return { id: user.id, login: user.login };
}

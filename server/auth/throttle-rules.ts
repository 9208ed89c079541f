/**
 * Sign-in throttling, as a pure rule over the recent attempts (oldest first):
 * - per account and address: from the 5th failure in a row, each further try waits 1, 2, 4 …
 *   minutes after the last failure, at most an hour; a success resets the count (someone guessing
 *   from elsewhere does not lock the owner out);
 * - per address: 30 failures within 15 minutes lock the address for 15 minutes (one machine
 *   guessing across many accounts).
 */
export const ACCOUNT_FREE_FAILURES = 5;
export const ACCOUNT_MAX_LOCK_MS = 60 * 60_000;
export const ADDRESS_WINDOW_MS = 15 * 60_000;
export const ADDRESS_MAX_FAILURES = 30;

export interface Attempt {
  at: Date;
  ok: boolean;
}

/** When this account may try again, or null if it may now. */
export function accountLockedUntil(attempts: readonly Attempt[], now: Date): Date | null {
  let failures = 0;
  let last: Date | null = null;
  for (const a of attempts) {
    failures = a.ok ? 0 : failures + 1;
    if (!a.ok) last = a.at;
  }
  if (failures < ACCOUNT_FREE_FAILURES || !last) return null;
  const wait = Math.min(60_000 * 2 ** (failures - ACCOUNT_FREE_FAILURES), ACCOUNT_MAX_LOCK_MS);
  const until = new Date(last.getTime() + wait);
  return until > now ? until : null;
}

/** When this address may try again, or null. */
export function addressLockedUntil(failures: readonly Date[], now: Date): Date | null {
  const recent = failures.filter((d) => now.getTime() - d.getTime() < ADDRESS_WINDOW_MS);
  if (recent.length < ADDRESS_MAX_FAILURES) return null;
  const until = new Date(recent[recent.length - ADDRESS_MAX_FAILURES].getTime() + ADDRESS_WINDOW_MS);
  return until > now ? until : null;
}

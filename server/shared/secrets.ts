/**
 * A URL's password (SMTP: smtp://user:password@host) never leaves the server: the admin screen
 * and the audit log get it masked, and a masked value sent back keeps the stored password.
 */
export const MASK = '••••';
const PASSWORD = /^([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)([^@\s]*)@/i;

export function maskUrlPassword<T>(v: T): T {
  return (
    typeof v === 'string'
      ? v.replace(PASSWORD, (_all, head: string, pw: string) => (pw ? `${head}${MASK}@` : `${head}@`))
      : v
  ) as T;
}

/** The URL as saved: a masked password replaced by the one stored before (if any). */
export function restoreUrlPassword(next: string, stored: string | null): string {
  const m = PASSWORD.exec(next);
  if (!m || m[2] !== MASK) return next;
  const old = stored ? PASSWORD.exec(stored)?.[2] : undefined;
  return next.replace(PASSWORD, `${m[1]}${old ?? ''}@`);
}

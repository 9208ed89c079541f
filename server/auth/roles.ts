/** Staff roles of SPEC 4.2. Visitors and devices are anonymous and have no role. */
export const ROLES = ['admin', 'specialist', 'official', 'appeals', 'head'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who may work a window: specialists, and officials in their reception rooms. */
export const WINDOW_ROLES: readonly Role[] = ['specialist', 'official', 'admin'];
export const ADMIN_ROLES: readonly Role[] = ['admin'];

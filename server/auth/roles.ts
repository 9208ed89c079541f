/** Staff roles of SPEC 4.2. Visitors and devices are anonymous and have no role. */
export const ROLES = [
  'admin',
  'specialist',
  'registrar',
  'official',
  'appeals',
  'head',
  'executor',
  // The hall's supervisor (issue 23): its live view, its statistics and its devices; no personal data.
  'supervisor'
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who may work a window: specialists, and officials in their reception rooms. */
export const WINDOW_ROLES: readonly Role[] = ['specialist', 'official', 'admin'];
export const ADMIN_ROLES: readonly Role[] = ['admin'];

/**
 * Personal reception (SPEC 4.2): appeals staff run the register, the schedule and the lists;
 * the head of apparatus approves and reads everything; an official sees their own sessions
 * and applicants; specialists and administrators see none of it (personal data).
 */
export const RECEPTION_ROLES: readonly Role[] = ['appeals', 'head', 'official'];
export const REGISTER_ROLES: readonly Role[] = ['appeals'];
export const APPROVER_ROLES: readonly Role[] = ['head'];
/** Who keeps the list of receiving officials (positions, rooms). */
export const OFFICIAL_ADMIN_ROLES: readonly Role[] = ['appeals', 'admin'];
/** The entrance desk (SPEC 1.2, 000 ¶205): registrars, and specialists standing in for them. */
export const DESK_ROLES: readonly Role[] = ['registrar', 'specialist'];
/** Who works the hall and is told when a kiosk or board goes silent (server/devices). */
export const HALL_ROLES: readonly Role[] = ['admin', 'specialist', 'registrar', 'supervisor'];
/** Who reads the hall's statistics and watches the hall now (issue 23). */
export const STATISTICS_ROLES: readonly Role[] = ['head', 'admin', 'supervisor'];
/** Personal reception's and control's statistics: those who keep and read their records (no admin: personal data). */
export const RECORDS_STATISTICS_ROLES: readonly Role[] = ['head', 'appeals'];
/** Who reads the audit log. */
export const AUDIT_ROLES: readonly Role[] = ['head', 'admin'];

/**
 * Control of execution (SPEC 3, 4.2): appeals staff keep protocols and the control register,
 * the head decides extensions and removals and reads everything; an executor sees only its
 * unit's assignments.
 */
export const CONTROL_ROLES: readonly Role[] = ['appeals', 'head', 'executor'];
export const CONTROL_KEEPER_ROLES: readonly Role[] = ['appeals', 'head'];
export const DECIDER_ROLES: readonly Role[] = ['head'];

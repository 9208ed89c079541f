import { page } from '$app/state';

/** The office's time zone on a staff page (the staff layout reads it from the user's work office). */
export function officeZone(): string {
  return (page.data as { timeZone?: string }).timeZone ?? 'UTC';
}

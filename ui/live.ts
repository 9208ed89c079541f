import { invalidateAll } from '$app/navigation';
import { page } from '$app/state';
import { onMount } from 'svelte';
import type { ChangeScope } from '$server/realtime/contract';
import { officeFeed } from './feed';

/** Reads the page's data again on the office feed's signals, bursts coalesced into one read. */
function follow(officeCode: () => string | null, hall: boolean, scopes: readonly ChangeScope[], delayMs: number) {
  onMount(() => {
    const code = officeCode();
    if (!code) return;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(pending);
      pending = setTimeout(() => void invalidateAll(), delayMs);
    };
    const stop = officeFeed(code, {
      snapshot: hall ? later : () => {},
      event: hall ? later : () => {},
      online: () => {},
      changed: (scope) => scopes.includes(scope) && later()
    });
    return () => {
      stop();
      clearTimeout(pending);
    };
  });
}

/**
 * A staff page that follows the hall: every event of the office's feed (a check-in at the kiosk, a
 * call from another screen, a booking at the desk) reads the page's data again. Call it during a
 * component's initialisation.
 */
export function followHall(officeCode: () => string, delayMs = 200): void {
  follow(officeCode, true, ['reception'], delayMs);
}

/**
 * A staff page that follows what other staff change in its part of the office (an assignment
 * reported, an application registered): the staff member's work office, from the staff layout.
 */
export function followOffice(scopes: readonly ChangeScope[], delayMs = 300): void {
  follow(() => (page.data as { officeCode?: string | null }).officeCode ?? null, false, scopes, delayMs);
}

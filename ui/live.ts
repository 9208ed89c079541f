import { invalidateAll } from '$app/navigation';
import { onMount } from 'svelte';
import { officeFeed } from './feed';

/**
 * A staff page that follows the hall: every event of the office's feed (a check-in at the kiosk, a
 * call from another screen, a booking at the desk) reads the page's data again, bursts coalesced
 * into one read. Call it during a component's initialisation.
 */
export function followHall(officeCode: () => string, delayMs = 200): void {
  onMount(() => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(pending);
      pending = setTimeout(() => void invalidateAll(), delayMs);
    };
    const stop = officeFeed(officeCode(), { snapshot: later, event: later, online: () => {} });
    return () => {
      stop();
      clearTimeout(pending);
    };
  });
}

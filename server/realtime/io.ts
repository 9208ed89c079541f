import type { Server } from 'socket.io';

/**
 * The socket.io server is created next to the HTTP server (server/main.ts in
 * production, the Vite plugin in development) before SvelteKit loads, and the
 * app's bundle picks it up here. A global is the seam because the two sides are
 * separate module graphs.
 */
const KEY = Symbol.for('qabyldau.io');
type Holder = { [KEY]?: Server };

export function setIo(io: Server | undefined): void {
  (globalThis as Holder)[KEY] = io;
}

export function getIo(): Server | undefined {
  return (globalThis as Holder)[KEY];
}

export const officeRoom = (officeId: number) => `office:${officeId}`;

/**
 * Whether this server shares its rooms with other processes (server/realtime/cluster.ts). Marked
 * on the socket.io server itself: main.ts and the app's bundle are separate module graphs.
 */
const SHARED = Symbol.for('qabyldau.io.shared');
export function markShared(io: Server): void {
  (io as Server & { [SHARED]?: boolean })[SHARED] = true;
}
export function isShared(io: Server): boolean {
  return (io as Server & { [SHARED]?: boolean })[SHARED] === true;
}

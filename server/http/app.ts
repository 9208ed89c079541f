import { getDb } from '../db/client';
import { attachRealtime, publisher } from '../realtime/attach';
import { getIo } from '../realtime/io';
import type { Ctx } from '../shared/context';

const publish = publisher(getIo);
let ctx: Promise<Ctx> | undefined;

/** The production context: the process-wide database, the wall clock, the socket.io server. */
export function appCtx(): Promise<Ctx> {
  ctx ??= getDb().then((db) => ({ db, now: () => new Date(), publish }));
  return ctx;
}

/** Called once the app bundle loads (hooks.server.ts), when the socket.io server exists. */
export async function startRealtime(): Promise<void> {
  const io = getIo();
  if (io) attachRealtime(io, await appCtx());
}

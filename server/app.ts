import { boardSnapshot } from './board';
import { getDb } from './db/client';
import { attachRealtime, publisher } from './realtime/attach';
import { getIo } from './realtime/io';
import type { Ctx } from './realtime/context';
import type { RequestEvent } from '@sveltejs/kit';
import { api } from './http/respond';

const publish = publisher(getIo);
let ctx: Promise<Ctx> | undefined;

/** The production context: the process-wide database, the wall clock, the socket.io server. */
export function appCtx(): Promise<Ctx> {
  ctx ??= getDb().then((db) => ({ db, now: () => new Date(), publish }));
  return ctx;
}

/** An API route's whole body: run one use case with the app's context and answer (JSON, or its 4xx). */
export function answer(event: RequestEvent, run: (ctx: Ctx) => Promise<unknown>, status = 200): Promise<Response> {
  return api(event, async () => run(await appCtx()), status);
}

/** Called once the app bundle loads (hooks.server.ts), when the socket.io server exists. */
export async function startRealtime(): Promise<void> {
  const io = getIo();
  if (io) attachRealtime(io, await appCtx(), boardSnapshot);
}

const BACKGROUND = Symbol.for('qabyldau.background');

/**
 * Background work of the app process: durable reminders and their e-mail (server/control).
 * Started once per process (dev reloads included); QABYLDAU_REMINDERS=off leaves it to
 * another process. Several processes may run it at once: each reminder fires exactly once.
 */
export async function startBackground(): Promise<void> {
  const g = globalThis as { [BACKGROUND]?: boolean };
  if (g[BACKGROUND] || process.env.QABYLDAU_REMINDERS === 'off') return;
  g[BACKGROUND] = true;
  const c = await appCtx();
  const { startReminderLoop, sendOutbox } = await import('./control');
  startReminderLoop(c, Number(process.env.QABYLDAU_REMINDER_MS ?? 60_000));
  setInterval(() => void sendOutbox(c).catch((err) => console.error('mail', (err as Error).message)), 30_000).unref();
}

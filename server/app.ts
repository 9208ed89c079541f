import { boardSnapshot } from './board';
import { getDb } from './db/client';
import { attachRealtime, changeNotifier, publisher } from './realtime/attach';
import type { ChangeScope } from './realtime/contract';
import { getIo } from './realtime/io';
import type { Ctx } from './realtime/context';
import type { RequestEvent } from '@sveltejs/kit';
import { api } from './http/respond';

const publish = publisher(getIo);
const changed = changeNotifier(getIo);
let ctx: Promise<Ctx> | undefined;

/** The production context: the process-wide database, the wall clock, the socket.io server. */
export function appCtx(): Promise<Ctx> {
  ctx ??= getDb().then((db) => ({ db, now: () => new Date(), publish }));
  return ctx;
}

/** Parts of an office whose screens follow staff changes, by the API path that changes them. */
const SCOPES: Array<[prefix: string, scope: ChangeScope]> = [
  ['/api/v1/control/', 'control'],
  ['/api/v1/reception/', 'reception']
];

/**
 * An API route's whole body: run one use case with the app's context and answer (JSON, or its 4xx).
 * A change that succeeded in control or reception tells the office's screens of that part to read
 * again (the head's dashboard, the registers): which part only, never what.
 */
export async function answer(
  event: RequestEvent,
  run: (ctx: Ctx) => Promise<unknown>,
  status = 200
): Promise<Response> {
  const response = await api(event, async () => run(await appCtx()), status);
  const scope = SCOPES.find(([prefix]) => event.url.pathname.startsWith(prefix))?.[1];
  if (scope && event.request.method !== 'GET' && response.ok)
    for (const officeId of event.locals.user?.officeIds ?? []) changed(officeId, scope);
  return response;
}

/** Called once the app bundle loads (hooks.server.ts), when the socket.io server exists. */
export async function startRealtime(): Promise<void> {
  const io = getIo();
  if (io) attachRealtime(io, await appCtx(), boardSnapshot);
}

const BACKGROUND = Symbol.for('qabyldau.background');

/**
 * Background work of the app process: durable reminders and their e-mail (server/control), and the
 * hall's closed days rolled up every hour (server/statistics).
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
  const { rollUpClosedDays } = await import('./statistics');
  const rollUp = () =>
    void rollUpClosedDays(c.db, c.now()).catch((err) => console.error('roll-up', (err as Error).message));
  rollUp();
  setInterval(rollUp, 3_600_000).unref();
}

import { appendEvent } from '../feed';
import type { Ctx } from '../realtime/context';
import { DomainError } from '../shared/errors';
import { publicWindow } from './views';
import { assertWorking, loadWindow, run, windowEvent, type Actor } from './window-work';

/* A window's own state: taken by one person, paused with a reason, resumed, left. */

/** Sign in at a window: it opens under this person (one window per person). */
export async function takeWindow(ctx: Ctx, windowId: number, actor: Actor) {
  return run(ctx, async (tx, events) => {
    const w = await loadWindow(tx, windowId, actor);
    if (w.userId === actor.id) return publicWindow(w);
    if (w.userId !== null) throw new DomainError('window_taken');
    // Leaving any other window this person held.
    const previous = await tx.window.findUnique({
      where: { userId: actor.id },
      include: { office: true, services: true }
    });
    if (previous) {
      await tx.window.update({
        where: { id: previous.id },
        data: { userId: null, state: 'CLOSED', pauseReason: null }
      });
      events.push(
        await appendEvent(
          tx,
          windowEvent(previous, 'window.closed', ctx.now(), actor, 'CLOSED'),
          previous.office.timeZone
        )
      );
    }
    const updated = await tx.window.updateMany({
      where: { id: w.id, userId: null },
      data: { userId: actor.id, state: 'OPEN', pauseReason: null }
    });
    if (updated.count !== 1) throw new DomainError('window_taken');
    events.push(await appendEvent(tx, windowEvent(w, 'window.opened', ctx.now(), actor, 'OPEN'), w.office.timeZone));
    return publicWindow({ ...w, state: 'OPEN' });
  });
}

export async function leaveWindow(ctx: Ctx, windowId: number, actor: Actor) {
  return run(ctx, async (tx, events) => {
    const w = await loadWindow(tx, windowId, actor);
    assertWorking(w, actor);
    await tx.window.update({ where: { id: w.id }, data: { userId: null, state: 'CLOSED', pauseReason: null } });
    events.push(await appendEvent(tx, windowEvent(w, 'window.closed', ctx.now(), actor, 'CLOSED'), w.office.timeZone));
    return publicWindow({ ...w, state: 'CLOSED' });
  });
}

export async function pauseWindow(ctx: Ctx, windowId: number, actor: Actor, reason: string) {
  return run(ctx, async (tx, events) => {
    const w = await loadWindow(tx, windowId, actor);
    assertWorking(w, actor);
    await tx.window.update({ where: { id: w.id }, data: { state: 'PAUSED', pauseReason: reason } });
    events.push(
      await appendEvent(tx, windowEvent(w, 'window.paused', ctx.now(), actor, 'PAUSED', { reason }), w.office.timeZone)
    );
    return publicWindow({ ...w, state: 'PAUSED' });
  });
}

export async function resumeWindow(ctx: Ctx, windowId: number, actor: Actor) {
  return run(ctx, async (tx, events) => {
    const w = await loadWindow(tx, windowId, actor);
    assertWorking(w, actor);
    await tx.window.update({ where: { id: w.id }, data: { state: 'OPEN', pauseReason: null } });
    events.push(await appendEvent(tx, windowEvent(w, 'window.resumed', ctx.now(), actor, 'OPEN'), w.office.timeZone));
    return publicWindow({ ...w, state: 'OPEN' });
  });
}

import type { Ctx } from '../realtime/context';
import type { RequestEvent } from '@sveltejs/kit';
import { requireRole } from '../auth/sessions';
import { DomainError } from '../shared/errors';
import { WINDOW_ROLES } from '../auth/roles';
import * as windows from './windows';
import * as calls from './calls';
import { idParam, readBody, readNoBody } from '../http/respond';
import { categoryBody, pauseBody, ticketActionBody, transferBody } from './schemas';

/** The window actions that take no body: one that says something is refused (a 400, not ignored). */
const BODYLESS = new Set(['take', 'leave', 'resume', 'call-next']);

/** POST /api/v1/windows/:id/:action — every action a specialist takes at a window. */
export async function windowAction(ctx: Ctx, event: RequestEvent): Promise<unknown> {
  const actor = requireRole(event.locals.user, WINDOW_ROLES);
  const windowId = idParam(event.params.id, 'unknown_window');
  if (BODYLESS.has(event.params.action ?? '')) await readNoBody(event);
  switch (event.params.action) {
    case 'take':
      return windows.takeWindow(ctx, windowId, actor);
    case 'leave':
      return windows.leaveWindow(ctx, windowId, actor);
    case 'pause':
      return windows.pauseWindow(ctx, windowId, actor, (await readBody(event, pauseBody)).reason);
    case 'resume':
      return windows.resumeWindow(ctx, windowId, actor);
    case 'call-next':
      return ticketOut(await calls.callNext(ctx, windowId, actor));
    case 'call':
      return ticketOut(
        await calls.callTicket(ctx, windowId, (await readBody(event, ticketActionBody)).ticketId, actor)
      );
    case 'recall':
    case 'start':
    case 'finish':
    case 'no-show': {
      const { ticketId } = await readBody(event, ticketActionBody);
      const action = event.params.action === 'no-show' ? 'noShow' : event.params.action;
      return ticketOut(await calls.actOnTicket(ctx, windowId, ticketId, action, actor));
    }
    case 'transfer': {
      const body = await readBody(event, transferBody);
      return ticketOut(await calls.transferTicket(ctx, windowId, body.ticketId, body, actor));
    }
    case 'category': {
      const body = await readBody(event, categoryBody);
      return ticketOut(await calls.decideCategory(ctx, windowId, body.ticketId, body.decision, actor));
    }
    default:
      throw new DomainError('bad_request', { detail: event.params.action ?? '' }, 'unknown action');
  }
}

function ticketOut(t: { id: number; code: string; status: string; serviceId: number; categoryStatus: string | null }) {
  return {
    ticket: { id: t.id, code: t.code, status: t.status, serviceId: t.serviceId, categoryStatus: t.categoryStatus }
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubscribeReply } from '../../server/realtime/contract';
import { dropOfficeConfig } from '../../server/offices/config';
import { issueTicket } from '../../server/queue/tickets';
import { ticketView } from '../../server/queue/ticket-view';
import {
  actOnTicket,
  callNext,
  decideCategory,
  leaveWindow,
  pauseWindow,
  resumeWindow,
  takeWindow,
  transferTicket,
  windowConsole
} from '../../server/queue';
import { nextEvents, PROVIDERS, refusal, startHarness, type Harness } from './harness';

describe.each(PROVIDERS)('hall queue on %s', (provider) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(provider);
  });
  afterAll(() => h?.close());

  it('sends a subscriber a snapshot, then every change in sequence, with public fields only', async () => {
    const s = await h.client();
    const reply = (await s.emitWithAck('office:subscribe', { office: 'demo' })) as SubscribeReply;
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const start = reply.snapshot.seq;
    expect(reply.snapshot.services.map((x) => x.prefix)).toEqual(['А', 'Б', 'В']);

    const w = await h.staffedWindow(7, [h.services.results]);
    const events = nextEvents(s, 3);
    await takeWindow(h.ctx, w.windowId, w.actor);
    const { ticket } = await issueTicket(h.ctx, {
      officeCode: 'demo',
      serviceId: h.services.results,
      language: 'ru',
      category: 'PREGNANT',
      needsAssistance: true
    });
    const called = await callNext(h.ctx, w.windowId, w.actor);
    const [opened, issued, call] = await events;
    expect([opened.seq, issued.seq, call.seq]).toEqual([start + 1, start + 2, start + 3]);
    expect(opened.type).toBe('window.opened');
    expect(issued.type).toBe('ticket.issued');
    expect(issued.waiting[h.services.results]).toBe(1);
    expect(call.type).toBe('ticket.called');
    expect(call.ticket).toMatchObject({
      code: ticket.code,
      status: 'CALLED',
      outOfTurn: true,
      window: { number: 7, kind: 'WINDOW' }
    });
    expect(call.waiting[h.services.results] ?? 0).toBe(0);
    expect(called.code).toBe(ticket.code);
    // Nothing about the visitor or the staff member leaves through the public room.
    expect(Object.keys(call.ticket!).sort()).toEqual([
      'callCount',
      'calledAt',
      'code',
      'outOfTurn',
      'serviceId',
      'status',
      'window'
    ]);
    expect(JSON.stringify([opened, issued, call])).not.toMatch(/needsAssistance|language|PREGNANT|Test 7|token/);
  });

  it('answers an unknown office with an error and joins no room', async () => {
    const s = await h.client();
    expect(await s.emitWithAck('office:subscribe', { office: 'nowhere' })).toEqual({
      ok: false,
      error: 'unknown_office'
    });
    expect(await s.emitWithAck('office:subscribe', { office: 42 })).toEqual({ ok: false, error: 'unknown_office' });
  });

  it('resynchronises a reconnecting client: its fresh snapshot holds the calls made while it was away', async () => {
    const s = await h.client();
    const first = (await s.emitWithAck('office:subscribe', { office: 'demo' })) as SubscribeReply;
    s.disconnect();
    const w = await h.staffedWindow(8, [h.services.consultation]);
    await takeWindow(h.ctx, w.windowId, w.actor);
    const { ticket } = await issueTicket(h.ctx, {
      officeCode: 'demo',
      serviceId: h.services.consultation,
      language: 'kk'
    });
    await callNext(h.ctx, w.windowId, w.actor);
    s.connect();
    await new Promise<void>((r) => s.once('connect', () => r()));
    const again = (await s.emitWithAck('office:subscribe', { office: 'demo' })) as SubscribeReply;
    if (!first.ok || !again.ok) throw new Error('subscribe failed');
    expect(again.snapshot.seq).toBeGreaterThan(first.snapshot.seq);
    expect(again.snapshot.current.map((t) => t.code)).toContain(ticket.code);
    expect(again.snapshot.current.find((t) => t.code === ticket.code)?.window?.number).toBe(8);
  });

  it('runs a ticket through recall, start, finish and records each change with who, when, from and to', async () => {
    const w = await h.staffedWindow(9, [h.services.reception]);
    await takeWindow(h.ctx, w.windowId, w.actor);
    const { ticket } = await issueTicket(h.ctx, {
      officeCode: 'demo',
      serviceId: h.services.reception,
      language: 'kk'
    });
    const t = await callNext(h.ctx, w.windowId, w.actor);
    expect(t.code).toBe(ticket.code);
    expect(await refusal(callNext(h.ctx, w.windowId, w.actor))).toBe('ticket_in_progress');
    await actOnTicket(h.ctx, w.windowId, t.id, 'recall', w.actor);
    await actOnTicket(h.ctx, w.windowId, t.id, 'start', w.actor);
    expect(await refusal(actOnTicket(h.ctx, w.windowId, t.id, 'noShow', w.actor))).toBe('bad_transition');
    const done = await actOnTicket(h.ctx, w.windowId, t.id, 'finish', w.actor);
    expect(done.status).toBe('DONE');
    expect(done.callCount).toBe(2);
    const log = await h.db.ticketEvent.findMany({ where: { ticketId: t.id }, orderBy: { seq: 'asc' } });
    expect(log.map((e) => [e.type, e.fromStatus, e.toStatus])).toEqual([
      ['ticket.issued', null, 'WAITING'],
      ['ticket.called', 'WAITING', 'CALLED'],
      ['ticket.recalled', 'CALLED', 'CALLED'],
      ['ticket.started', 'CALLED', 'SERVING'],
      ['ticket.finished', 'SERVING', 'DONE']
    ]);
    for (const e of log.slice(1)) {
      expect(e.userId).toBe(w.actor.id);
      expect(e.windowId).toBe(w.windowId);
    }
  });

  it('transfers a ticket to another service and window keeping its arrival time, and only that window may call it', async () => {
    const a = await h.staffedWindow(11, [h.services.results]);
    const b = await h.staffedWindow(12, [h.services.consultation]);
    const c = await h.staffedWindow(13, [h.services.consultation]);
    for (const w of [a, b, c]) await takeWindow(h.ctx, w.windowId, w.actor);
    const first = await issueTicket(h.ctx, { officeCode: 'demo', serviceId: h.services.results, language: 'kk' });
    // Drain R so our ticket is the one called at window 11.
    let t = await callNext(h.ctx, a.windowId, a.actor);
    while (t.code !== first.ticket.code) {
      await actOnTicket(h.ctx, a.windowId, t.id, 'finish', a.actor);
      t = await callNext(h.ctx, a.windowId, a.actor);
    }
    const before = await h.db.ticket.findUniqueOrThrow({ where: { id: t.id } });
    await transferTicket(
      h.ctx,
      a.windowId,
      t.id,
      { serviceId: h.services.consultation, windowId: c.windowId },
      a.actor
    );
    const moved = await h.db.ticket.findUniqueOrThrow({ where: { id: t.id } });
    expect(moved).toMatchObject({
      status: 'WAITING',
      serviceId: h.services.consultation,
      windowId: null,
      targetWindowId: c.windowId
    });
    expect(moved.arrivedAt.getTime()).toBe(before.arrivedAt.getTime());
    expect(moved.code).toBe(before.code);
    const consoleB = await windowConsole(h.ctx, b.windowId, b.actor);
    expect(consoleB.waiting.map((x) => x.code)).not.toContain(moved.code);
    const consoleC = await windowConsole(h.ctx, c.windowId, c.actor);
    expect(consoleC.waiting.map((x) => x.code)).toContain(moved.code);
    // Refused: a window that does not serve the target service.
    const again = await callNext(h.ctx, c.windowId, c.actor);
    expect(
      await refusal(
        transferTicket(h.ctx, c.windowId, again.id, { serviceId: h.services.reception, windowId: b.windowId }, c.actor)
      )
    ).toBe('unknown_window');
  });

  it('records a revoked category, and the revoked ticket loses its priority', async () => {
    const w = await h.staffedWindow(14, [h.services.reception]);
    await takeWindow(h.ctx, w.windowId, w.actor);
    const { ticket } = await issueTicket(h.ctx, {
      officeCode: 'demo',
      serviceId: h.services.reception,
      language: 'ru',
      category: 'WW2_VETERAN'
    });
    let t = await callNext(h.ctx, w.windowId, w.actor);
    while (t.code !== ticket.code) {
      await actOnTicket(h.ctx, w.windowId, t.id, 'finish', w.actor);
      t = await callNext(h.ctx, w.windowId, w.actor);
    }
    await decideCategory(h.ctx, w.windowId, t.id, 'REVOKED', w.actor);
    const view = await ticketView(h.db, ticket.token, new Date());
    expect(view).toMatchObject({ categoryStatus: 'REVOKED', outOfTurn: false });
    const e = await h.db.ticketEvent.findFirstOrThrow({ where: { ticketId: t.id, type: 'ticket.category' } });
    expect(JSON.parse(e.detail!)).toEqual({ category: 'WW2_VETERAN', from: 'CLAIMED', to: 'REVOKED' });
    expect(e.userId).toBe(w.actor.id);
  });

  it('enforces who works a window: taken, paused, not yours', async () => {
    const w = await h.staffedWindow(15, [h.services.results]);
    const other = await h.staffedWindow(16, [h.services.results]);
    expect(await refusal(callNext(h.ctx, w.windowId, w.actor))).toBe('window_closed');
    await takeWindow(h.ctx, w.windowId, w.actor);
    expect(await refusal(takeWindow(h.ctx, w.windowId, other.actor))).toBe('window_taken');
    expect(await refusal(callNext(h.ctx, w.windowId, other.actor))).toBe('not_your_window');
    await pauseWindow(h.ctx, w.windowId, w.actor, 'Түскі ас');
    expect(await refusal(callNext(h.ctx, w.windowId, w.actor))).toBe('window_paused');
    const paused = await h.db.ticketEvent.findFirstOrThrow({ where: { windowId: w.windowId, type: 'window.paused' } });
    expect(JSON.parse(paused.detail!)).toEqual({ reason: 'Түскі ас' });
    await resumeWindow(h.ctx, w.windowId, w.actor);
    await leaveWindow(h.ctx, w.windowId, w.actor);
    await takeWindow(h.ctx, w.windowId, other.actor);
  });

  it('restarts numbering each day at midnight Almaty time, per prefix', async () => {
    h.setNow(new Date('2027-03-02T18:59:00Z')); // 23:59 on 2 March in Almaty
    const late = await issueTicket(h.ctx, { officeCode: 'demo', serviceId: h.services.reception, language: 'kk' });
    h.setNow(new Date('2027-03-02T19:00:00Z')); // 00:00 on 3 March
    const first = await issueTicket(h.ctx, { officeCode: 'demo', serviceId: h.services.reception, language: 'kk' });
    const otherPrefix = await issueTicket(h.ctx, { officeCode: 'demo', serviceId: h.services.results, language: 'kk' });
    h.setNow(null);
    expect(late.ticket.code).toBe('В-001');
    expect(first.ticket.code).toBe('В-001');
    expect(otherPrefix.ticket.code).toBe('А-001');
    const days = await h.db.ticket.findMany({
      where: { token: { in: [late.ticket.token, first.ticket.token] } },
      select: { serviceDay: true }
    });
    expect(days.map((d) => d.serviceDay).sort()).toEqual(['2027-03-02', '2027-03-03']);
  });

  it('refuses bad kiosk input and changes nothing', async () => {
    const before = await h.db.ticket.count();
    const seqBefore = (await h.db.office.findUniqueOrThrow({ where: { id: h.office.id } })).eventSeq;
    expect(
      await refusal(issueTicket(h.ctx, { officeCode: 'nope', serviceId: h.services.results, language: 'kk' }))
    ).toBe('unknown_office');
    expect(await refusal(issueTicket(h.ctx, { officeCode: 'demo', serviceId: 99999, language: 'kk' }))).toBe(
      'unknown_service'
    );
    expect(
      await refusal(issueTicket(h.ctx, { officeCode: 'demo', serviceId: h.services.results, language: 'en' }))
    ).toBe('bad_language');
    expect(
      await refusal(
        issueTicket(h.ctx, { officeCode: 'demo', serviceId: h.services.results, language: 'kk', category: 'VIP' })
      )
    ).toBe('bad_category');
    await h.db.office.update({
      where: { id: h.office.id },
      data: { workDays: '1,2,3,4,5', opensAt: '09:00', closesAt: '18:30', lastTicketMinutes: 15 }
    });
    dropOfficeConfig(h.db); // written here behind the admin service's back
    h.setNow(new Date('2026-11-28T06:00:00Z')); // a Saturday
    expect(
      await refusal(issueTicket(h.ctx, { officeCode: 'demo', serviceId: h.services.results, language: 'kk' }))
    ).toBe('office_closed');
    h.setNow(null);
    await h.db.office.update({
      where: { id: h.office.id },
      data: { workDays: '1,2,3,4,5,6,7', opensAt: '00:00', closesAt: '24:00', lastTicketMinutes: 0 }
    });
    dropOfficeConfig(h.db); // written here behind the admin service's back
    expect(await h.db.ticket.count()).toBe(before);
    expect((await h.db.office.findUniqueOrThrow({ where: { id: h.office.id } })).eventSeq).toBe(seqBefore);
  });
});

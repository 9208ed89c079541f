import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../server/auth/sessions';
import { cancelSession, completeTask } from '../../server/reception/absence';
import { receptionReader } from '../../server/reception/access';
import { applicationStep, recordOnApplication } from '../../server/reception/application-steps';
import { applicationCard, registerApplication, type ApplicationInput } from '../../server/reception/applications';
import { listApplications, myTasks } from '../../server/reception/register';
import { generateSessions, monthView, saveOfficial, scheduleStep } from '../../server/reception';
import { PROVIDERS, refusal, startHarness, type Harness } from './harness';
import readXlsx from 'read-excel-file/node';
import { quarterReportFile } from '../../server/control/documents';

/** Personal reception through its services, on a real database (SQLite and PostgreSQL). */
describe.each(PROVIDERS)('personal reception on %s', (provider) => {
  let h: Harness;
  let appeals: SessionUser;
  let head: SessionUser;
  let officialUser: SessionUser;
  let officialId: number;
  let otherOfficialId: number;
  const applicant = (over: Partial<ApplicationInput> = {}): ApplicationInput => ({
    surname: 'Жақсыбекова',
    givenName: 'Әсел',
    patronymic: 'Нұрланқызы',
    iin: '851231450672',
    phone: '+7 701 000 00 00',
    address: 'Алматы',
    language: 'kk',
    applicantKind: 'SELF',
    representedName: '',
    authorityDoc: '',
    foreigner: false,
    interpreterNeeded: false,
    category: null,
    channel: 'PAPER',
    externalRegNo: 'ЖТ-1',
    externalRegDate: '2026-12-01',
    receivedAt: null,
    requestedOfficialId: null,
    substance: 'Жер учаскесі туралы мәселе',
    ...over
  });
  const reviewed = async (over: Partial<ApplicationInput> = {}) => {
    const { id } = await registerApplication(h.ctx, appeals, applicant(over));
    await applicationStep(h.ctx, appeals, id, { action: 'review' });
    return id;
  };
  const sessionsOf = async (date: string) =>
    (await monthView(h.ctx, await receptionReader(h.db, appeals), date.slice(0, 7))).sessions.filter(
      (s) => s.date === date
    );

  beforeAll(async () => {
    h = await startHarness(provider);
    // Tuesday 1 December 2026, 10:00 in Almaty.
    h.setNow(new Date('2026-12-01T05:00:00Z'));
    appeals = await h.staff('appeals');
    head = await h.staff('head');
    officialUser = await h.staff('official');
    const room = await h.db.window.findFirstOrThrow({ where: { officeId: h.office.id, kind: 'ROOM' } });
    officialId = (
      await saveOfficial(h.ctx, appeals, null, {
        fullName: 'Сәрсенов Қайрат Әбенұлы',
        positionKk: 'Әкімнің орынбасары',
        positionRu: 'Заместитель акима',
        userId: officialUser.id,
        roomId: room.id,
        active: true,
        sortOrder: 0,
        sameDay: false
      })
    ).id;
    otherOfficialId = (
      await saveOfficial(h.ctx, appeals, null, {
        fullName: 'Өмірова Гүлнар',
        positionKk: 'Аппарат басшысы',
        positionRu: 'Руководитель аппарата',
        userId: null,
        roomId: room.id,
        active: true,
        sortOrder: 1,
        sameDay: false
      })
    ).id;
    // Every Wednesday of December, 10:00–11:00, 20-minute slots: 16 December (Independence Day) is skipped.
    const made = await generateSessions(
      h.ctx,
      appeals,
      '2026-12',
      { weekday: 3, weeks: [], startsAt: '10:00', endsAt: '11:00' },
      { officialId, roomId: room.id, placeKk: '', placeRu: '', type: 'REGULAR', slotMinutes: 20 }
    );
    expect(made.created.map((s) => s.date)).toEqual(['2026-12-02', '2026-12-09', '2026-12-23', '2026-12-30']);
    expect(made.skipped).toEqual(['2026-12-16']);
  });
  afterAll(() => h?.close());

  it('refuses bad applications and creates nothing', async () => {
    const before = await h.db.application.count();
    expect(await refusal(registerApplication(h.ctx, appeals, applicant({ iin: '851231450673' })))).toBe('bad_iin');
    expect(await refusal(registerApplication(h.ctx, appeals, applicant({ channel: 'WHATSAPP' })))).toBe('bad_channel');
    expect(await refusal(registerApplication(h.ctx, appeals, applicant({ category: 'VIP' })))).toBe('bad_category');
    expect(await refusal(registerApplication(h.ctx, appeals, applicant({ requestedOfficialId: 99999 })))).toBe(
      'unknown_official'
    );
    expect(await refusal(registerApplication(h.ctx, head, applicant()))).toBe('forbidden');
    expect(await h.db.application.count()).toBe(before);
  });

  it('003 ¶5–6, ¶25: an application without its substance is registered on its day, not considered, with a task to tell the applicant; the notice answers it; the quarter counts it', async () => {
    const { id, number } = await registerApplication(
      h.ctx,
      appeals,
      applicant({ substance: '   ', externalRegNo: '' })
    );
    expect(number).toMatch(/^2026\/\d{4}$/);
    const card = await applicationCard(h.ctx, await receptionReader(h.db, appeals), id);
    expect(card.state).toBe('NOT_CONSIDERED');
    expect(card.events.map((e) => [e.type, e.toState])).toEqual([
      ['register', 'REGISTERED'],
      ['notConsidered', 'NOT_CONSIDERED']
    ]);
    // Nothing may be done with it but tell the applicant: no review, no booking.
    expect(await refusal(applicationStep(h.ctx, appeals, id, { action: 'review' }))).toBe('bad_application_step');
    const task = (await myTasks(h.ctx, await receptionReader(h.db, appeals))).tasks.find(
      (t) => t.applicationId === id
    )!;
    expect(task).toMatchObject({
      kind: 'NOTIFY_NOT_CONSIDERED',
      dueOn: card.due.find((d) => d.rule === 'answer')!.due
    });
    // The register finds it by its state.
    const listed = await listApplications(h.ctx, await receptionReader(h.db, appeals), { state: 'NOT_CONSIDERED' });
    expect(listed.rows.map((r) => r.id)).toContain(id);
    await completeTask(h.ctx, appeals, task.id, { method: 'PHONE', noticeOn: '2026-12-01', note: '' });
    const told = await applicationCard(h.ctx, await receptionReader(h.db, appeals), id);
    expect(told.due.find((d) => d.rule === 'answer')).toMatchObject({ doneOn: '2026-12-01', late: false });
    // The quarterly report on the reception rooms (003 ¶40) counts what was not considered.
    const report = await quarterReportFile(h.ctx, appeals, 'rooms', 2026, 4, 'ru', 'xlsx');
    const cells = (await readXlsx(report.body)).at(0)!.data.flat().map(String);
    const count = await h.db.application.count({ where: { officeId: h.office.id, state: 'NOT_CONSIDERED' } });
    expect(cells).toContain(`Обращения, не рассмотренные: суть вопроса не изложена (003 ¶5): ${count}`);
  });

  it('003 ¶25: a receipt still to come is refused; one long past is registered only with its reason, kept in the history', async () => {
    const now = h.ctx.now();
    const yearAhead = new Date(now.getTime() + 361 * 86_400_000);
    expect(await refusal(registerApplication(h.ctx, appeals, applicant({ receivedAt: yearAhead })))).toBe(
      'received_in_future'
    );
    const fortyDaysAgo = new Date(now.getTime() - 40 * 86_400_000);
    const before = await h.db.application.count();
    expect(await refusal(registerApplication(h.ctx, appeals, applicant({ receivedAt: fortyDaysAgo })))).toBe(
      'late_reason_required'
    );
    expect(await h.db.application.count()).toBe(before);
    const made = await registerApplication(
      h.ctx,
      appeals,
      applicant({ receivedAt: fortyDaysAgo, lateReason: 'Хат басқа бөлімге қате жіберілген' })
    );
    const history = await h.db.applicationEvent.findFirstOrThrow({
      where: { applicationId: made.id, type: 'register' }
    });
    expect(JSON.parse(history.detail ?? '{}')).toMatchObject({ lateReason: 'Хат басқа бөлімге қате жіберілген' });
    // A few minutes of a clock's drift are not "the future".
    await registerApplication(h.ctx, appeals, applicant({ receivedAt: new Date(now.getTime() + 60_000) }));
  });

  it('lives a whole life: registered after hours → next working day, approved schedule, booked, received', async () => {
    // Received on Saturday 28 November: registered on Monday 30 November (003 ¶25). (A receipt
    // still to come cannot be registered: the test's clock stands at 1 December.)
    const { id, number, registeredOn } = await registerApplication(
      h.ctx,
      appeals,
      applicant({ receivedAt: new Date('2026-11-28T06:00:00Z'), category: 'LABOUR_VETERAN' })
    );
    expect(registeredOn).toBe('2026-11-30');
    expect(number).toMatch(/^2026\/\d{4}$/);
    await applicationStep(h.ctx, appeals, id, { action: 'review' });
    const [dec9] = await sessionsOf('2026-12-09');
    // The month is a draft: nobody can be told a date from it yet.
    expect(await refusal(applicationStep(h.ctx, appeals, id, { action: 'schedule', sessionId: dec9.id }))).toBe(
      'session_unavailable'
    );
    expect(await refusal(scheduleStep(h.ctx, appeals, '2026-12', 'approve'))).toBe('forbidden');
    await scheduleStep(h.ctx, appeals, '2026-12', 'submit');
    expect(await refusal(scheduleStep(h.ctx, head, '2026-12', 'publish'))).toBe('schedule_locked');
    await scheduleStep(h.ctx, head, '2026-12', 'approve');
    await scheduleStep(h.ctx, appeals, '2026-12', 'publish');
    const booked = await applicationStep(h.ctx, appeals, id, { action: 'schedule', sessionId: dec9.id });
    expect(booked).toMatchObject({ state: 'SCHEDULED', sessionId: dec9.id, slotTime: '10:00' });

    const card = await applicationCard(h.ctx, await receptionReader(h.db, appeals), id);
    expect(card.events.map((e) => e.type)).toEqual(['register', 'review', 'schedule']);
    expect(card.events.every((e) => e.user && e.at)).toBe(true);
    expect(card.due.find((d) => d.rule === 'answer')).toMatchObject({
      doneOn: '2026-12-01',
      late: false,
      ref: '003 ¶29'
    });
    expect(card.due.find((d) => d.rule === 'referenceNote')).toMatchObject({ due: '2026-12-02', light: 'amber' });
    expect(card.actions).toContain('reschedule');

    // The official marks who came, on the day, for their own session only.
    expect(await refusal(applicationStep(h.ctx, officialUser, id, { action: 'attend' }))).toBe('session_unavailable');
    h.setNow(new Date('2026-12-09T05:30:00Z'));
    try {
      expect((await applicationStep(h.ctx, officialUser, id, { action: 'attend' })).state).toBe('RECEIVED');
    } finally {
      h.setNow(new Date('2026-12-01T05:00:00Z'));
    }
  });

  it('two staff booking the last free slot at once: one wins, the other is told the session is full', async () => {
    const [dec2] = await sessionsOf('2026-12-02');
    const taken = 3 - dec2.freeSlots.length;
    const ids = await Promise.all(Array.from({ length: 3 - taken + 1 }, () => reviewed({ iin: '900101300126' })));
    const results = await Promise.allSettled(
      ids.map((id) => applicationStep(h.ctx, appeals, id, { action: 'schedule', sessionId: dec2.id }))
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    expect(ok.length).toBe(3 - taken);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(failed.map((r) => (r.reason as { code: string }).code)).toEqual(['session_full']);
    const slots = (await h.db.application.findMany({ where: { sessionId: dec2.id } })).map((a) => a.slotTime);
    expect(new Set(slots).size).toBe(slots.length);
    // Asking for a taken time by name is refused too.
    const late = await reviewed();
    expect(
      await refusal(
        applicationStep(h.ctx, appeals, late, { action: 'schedule', sessionId: dec2.id, slotTime: '10:20' })
      )
    ).toMatch(/slot_taken|session_full/);
  });

  it('an official’s absence moves every booking to their next session with room, each with a task to tell the applicant', async () => {
    const [dec23] = await sessionsOf('2026-12-23');
    const [dec30] = await sessionsOf('2026-12-30');
    const ids = [await reviewed(), await reviewed(), await reviewed()];
    for (const id of ids) await applicationStep(h.ctx, appeals, id, { action: 'schedule', sessionId: dec23.id });
    // Two of the 30 December slots are already taken: only one applicant fits there.
    for (const id of [await reviewed(), await reviewed()])
      await applicationStep(h.ctx, appeals, id, { action: 'schedule', sessionId: dec30.id });

    // Notice given on Monday 21 December for Wednesday the 23rd: later than 2 working days before.
    const r = await cancelSession(h.ctx, appeals, dec23.id, {
      reason: 'Іссапар / командировка',
      noticeOn: '2026-12-22'
    });
    expect(r.noticeLate).toBe(true);
    expect(r.moves.map((m) => m.to)).toEqual([dec30.id, null, null]);
    const apps = await h.db.application.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } });
    expect(apps.map((a) => a.state)).toEqual(['SCHEDULED', 'REVIEW', 'REVIEW']);
    expect(apps[0]).toMatchObject({ sessionId: dec30.id, slotTime: '10:40' });
    const tasks = await h.db.applicationTask.findMany({
      where: { applicationId: { in: ids } },
      orderBy: { applicationId: 'asc' }
    });
    expect(tasks.map((t) => t.kind)).toEqual(['NOTIFY_RESCHEDULE', 'NOTIFY_NO_SESSION', 'NOTIFY_NO_SESSION']);
    const mine = await myTasks(h.ctx, await receptionReader(h.db, appeals));
    expect(mine.tasks.map((t) => t.id)).toEqual(expect.arrayContaining(tasks.map((t) => t.id)));

    await completeTask(h.ctx, appeals, tasks[0].id, { method: 'PHONE', noticeOn: '2026-12-01', note: '' });
    expect(
      await refusal(completeTask(h.ctx, appeals, tasks[0].id, { method: 'PHONE', noticeOn: '2026-12-01', note: '' }))
    ).toBe('conflict');
    expect((await myTasks(h.ctx, await receptionReader(h.db, appeals))).tasks.some((t) => t.id === tasks[0].id)).toBe(
      false
    );
    // A cancelled session takes no one.
    expect(await refusal(applicationStep(h.ctx, appeals, ids[1], { action: 'schedule', sessionId: dec23.id }))).toBe(
      'session_unavailable'
    );
  });

  it('moving a session keeps its applicants together on the new date', async () => {
    const room = await h.db.window.findFirstOrThrow({ where: { officeId: h.office.id, kind: 'ROOM' } });
    await generateSessions(
      h.ctx,
      appeals,
      '2027-01',
      { weekday: 3, weeks: [2], startsAt: '15:00', endsAt: '16:00' },
      { officialId: otherOfficialId, roomId: room.id, placeKk: '', placeRu: '', type: 'REGULAR', slotMinutes: 30 }
    );
    await scheduleStep(h.ctx, appeals, '2027-01', 'submit');
    await scheduleStep(h.ctx, head, '2027-01', 'approve');
    const jan = (await monthView(h.ctx, await receptionReader(h.db, appeals), '2027-01')).sessions[0];
    const ids = [await reviewed(), await reviewed()];
    for (const id of ids) await applicationStep(h.ctx, appeals, id, { action: 'schedule', sessionId: jan.id });
    const r = await cancelSession(h.ctx, appeals, jan.id, {
      reason: 'Кеңес / совещание',
      noticeOn: '2026-12-01',
      moveTo: { date: '2027-01-14', startsAt: '10:00', endsAt: '11:00' }
    });
    expect(r.noticeLate).toBe(false);
    expect(r.moves.every((m) => m.to === r.movedToId)).toBe(true);
    expect(r.moves.map((m) => m.slotTime)).toEqual(['10:00', '10:30']);
  });

  it('refusal on the merits only after a hearing, with the draft 3 working days before the decision', async () => {
    const id = await reviewed();
    // Decision on Thursday 3 December: the draft was due by Monday 30 November.
    expect(
      await refusal(
        applicationStep(h.ctx, appeals, id, {
          action: 'proposeRefusal',
          ground: 'ALREADY_DECIDED',
          decisionOn: '2026-12-03'
        })
      )
    ).toBe('hearing_too_late');
    await applicationStep(h.ctx, appeals, id, {
      action: 'proposeRefusal',
      ground: 'ALREADY_DECIDED',
      decisionOn: '2026-12-07'
    });
    expect(await refusal(applicationStep(h.ctx, appeals, id, { action: 'refuse', ground: 'ALREADY_DECIDED' }))).toBe(
      'hearing_missing'
    );
    await recordOnApplication(h.ctx, appeals, id, {
      record: 'hearing',
      on: '2026-12-04',
      method: 'MEETING',
      by: 'Заң қызметінің басшысы',
      outcome: 'Өтініш беруші келіспеді'
    });
    // 003 ¶32 on the day the decision is recorded: the draft went out on Tuesday 1 December, so
    // no decision before Friday the 4th, whatever day was planned; a decision dated ahead is refused.
    const refuse = () => applicationStep(h.ctx, appeals, id, { action: 'refuse', ground: 'ALREADY_DECIDED' });
    expect(await refusal(refuse())).toBe('hearing_too_early');
    expect(
      await refusal(
        applicationStep(h.ctx, appeals, id, { action: 'refuse', ground: 'ALREADY_DECIDED', decidedOn: '2026-12-07' })
      )
    ).toBe('date_in_future');
    h.setNow(new Date('2026-12-07T05:00:00Z'));
    try {
      expect((await refuse()).state).toBe('REFUSED');
    } finally {
      h.setNow(new Date('2026-12-01T05:00:00Z'));
    }
    expect(await refusal(applicationStep(h.ctx, appeals, id, { action: 'review' }))).toBe('bad_application_step');
  });

  it('003 ¶6: a returned application is closed as not fixed only after its term to fix it ran out', async () => {
    const { id } = await registerApplication(h.ctx, appeals, applicant());
    await applicationStep(h.ctx, appeals, id, { action: 'return', reason: 'Қолы қойылмаған', until: '2026-12-09' });
    const close = () => applicationStep(h.ctx, appeals, id, { action: 'refuse', ground: 'RETURNED' });
    expect(await refusal(close())).toBe('return_term_running');
    h.setNow(new Date('2026-12-09T05:00:00Z'));
    try {
      expect(await refusal(close())).toBe('return_term_running'); // the last day to fix it is still the applicant's
      h.setNow(new Date('2026-12-10T05:00:00Z'));
      expect((await close()).state).toBe('REFUSED');
    } finally {
      h.setNow(new Date('2026-12-01T05:00:00Z'));
    }
  });

  it('extensions are capped at 2 months and only while the answer is pending; forwarding closes the answer', async () => {
    const id = await reviewed();
    expect(
      await refusal(
        recordOnApplication(h.ctx, appeals, id, {
          record: 'extension',
          kind: 'DECISION',
          on: '2026-12-02',
          until: '2027-03-01',
          reason: 'Күрделі мәселе'
        })
      )
    ).toBe('extension_too_long');
    await recordOnApplication(h.ctx, appeals, id, {
      record: 'extension',
      kind: 'DECISION',
      on: '2026-12-02',
      until: '2027-01-20',
      reason: 'Күрделі мәселе'
    });
    const card = await applicationCard(h.ctx, await receptionReader(h.db, appeals), id);
    expect(card.due.find((d) => d.rule === 'answer')?.due).toBe('2027-01-20');
    expect(card.due.find((d) => d.rule === 'extensionNotice')).toMatchObject({ due: '2026-12-07', ref: '003 ¶30' });

    const fwd = await reviewed();
    expect(
      (await applicationStep(h.ctx, appeals, fwd, { action: 'forward', to: 'Облыстық денсаулық сақтау басқармасы' }))
        .state
    ).toBe('FORWARDED');
    expect(
      await refusal(
        recordOnApplication(h.ctx, appeals, fwd, { record: 'extension', kind: 'LETTER', on: '2026-12-02', reason: 'x' })
      )
    ).toBe('extension_not_now');
  });

  it('the register filters and searches; an official sees only their own; another office sees nothing', async () => {
    const reader = await receptionReader(h.db, appeals);
    const byName = await listApplications(h.ctx, reader, { q: 'жақсыбек' });
    expect(byName.rows.length).toBeGreaterThan(3);
    expect(byName.rows.every((r) => r.fullName.startsWith('Жақсыбекова') && /^•{8}\d{4}$/.test(r.iin))).toBe(true);
    expect((await listApplications(h.ctx, reader, { q: '9001013' })).rows.length).toBeGreaterThan(0);
    expect((await listApplications(h.ctx, reader, { state: 'REFUSED' })).rows.every((r) => r.state === 'REFUSED')).toBe(
      true
    );
    const first = byName.rows.at(-1)!;
    expect((await listApplications(h.ctx, reader, { q: first.number })).rows.map((r) => r.id)).toEqual([first.id]);

    const asOfficial = await listApplications(h.ctx, await receptionReader(h.db, officialUser), {});
    expect(asOfficial.rows.length).toBeGreaterThan(0);
    expect(asOfficial.rows.length).toBeLessThan(byName.rows.length);
    const notTheirs = (await listApplications(h.ctx, reader, { state: 'REFUSED' })).rows[0];
    expect(await refusal(applicationCard(h.ctx, await receptionReader(h.db, officialUser), notTheirs.id))).toBe(
      'unknown_application'
    );

    const elsewhere = await h.db.office.create({ data: { code: `o-${provider}`, nameKk: 'Б', nameRu: 'Б' } });
    const stranger = await h.staff('appeals', elsewhere.id);
    expect(await refusal(applicationCard(h.ctx, await receptionReader(h.db, stranger), first.id))).toBe(
      'unknown_application'
    );
    expect(await refusal(applicationStep(h.ctx, stranger, first.id, { action: 'withdraw' }))).toBe(
      'unknown_application'
    );
    expect((await listApplications(h.ctx, await receptionReader(h.db, stranger), {})).rows).toEqual([]);
    const specialist = await h.staff('specialist');
    expect(await refusal(receptionReader(h.db, specialist))).toBe('forbidden');
  });

  it('logs every view of a card — who, when, which — and never the applicant’s data', async () => {
    const id = await reviewed({ surname: 'Төлеуов', iin: '750607400011' });
    const before = await h.db.auditLog.count({ where: { action: 'application.view', entityId: String(id) } });
    await applicationCard(h.ctx, await receptionReader(h.db, head), id);
    const views = await h.db.auditLog.findMany({ where: { action: 'application.view', entityId: String(id) } });
    expect(views.length).toBe(before + 1);
    expect(views.at(-1)).toMatchObject({ userId: head.id, officeId: h.office.id, entity: 'Application' });
    const all = JSON.stringify(await h.db.auditLog.findMany());
    expect(all).not.toMatch(/Төлеуов|750607400011|Жақсыбекова|851231450672/);
  });

  it('a slot of today whose time has passed is refused; without a slot, the first one still to come', async () => {
    const { id } = await registerApplication(h.ctx, appeals, applicant({ externalRegNo: 'ЖТ-PAST' }));
    await applicationStep(h.ctx, appeals, id, { action: 'review' });
    const [dec9] = await sessionsOf('2026-12-09');
    h.setNow(new Date('2026-12-09T05:02:00Z')); // 10:02 in the office, the session began at 10:00
    try {
      expect(
        await refusal(
          applicationStep(h.ctx, appeals, id, { action: 'schedule', sessionId: dec9.id, slotTime: '10:00' })
        )
      ).toBe('slot_past');
      await applicationStep(h.ctx, appeals, id, { action: 'schedule', sessionId: dec9.id });
      const booked = await h.db.application.findUniqueOrThrow({ where: { id } });
      expect(booked.slotTime! >= '10:02').toBe(true);
    } finally {
      h.setNow(new Date('2026-12-01T05:00:00Z'));
    }
  });
});

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import readXlsx from 'read-excel-file/node';
import { controlListFile } from '../../server/control/documents';
import { weekOf } from '../../server/control/rules/terms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../server/auth/sessions';
import { createAssignment, editAssignment } from '../../server/control/assignments';
import { assignmentCard } from '../../server/control/card';
import { attach, reportExecution, sendPart, setAssignee } from '../../server/control/execution';
import { listNotifications } from '../../server/control/notifications';
import { addItemAssignment, createProtocol, saveProtocol, signProtocol } from '../../server/control/protocols';
import { dashboard, listAssignments } from '../../server/control/register';
import { controlReader, officeTerms } from '../../server/control/access';
import { assignmentLight } from '../../server/control/rules/terms';
import { Temporal } from 'temporal-polyfill';
import { decideRequest, requestExtension, requestRemoval } from '../../server/control/requests';
import { sweepReminders } from '../../server/control/reminders';
import { PROVIDERS, refusal, startHarness, type Harness } from './harness';

/** Almaty is UTC+5: 05:00Z is 10:00 in the office. */
const at = (day: string) => new Date(`${day}T05:00:00Z`);

interface Cast {
  appeals: SessionUser;
  head: SessionUser;
  headA: SessionUser;
  execA: SessionUser;
  execA2: SessionUser;
  execB: SessionUser;
  execC: SessionUser;
  units: { A: number; B: number; C: number };
}

async function cast(h: Harness): Promise<Cast> {
  const unit = (nameKk: string, nameRu: string) =>
    h.db.unit.create({ data: { officeId: h.office.id, nameKk, nameRu, headName: 'Басшы' } });
  const [A, B, C] = [
    await unit('Тұрғын үй-коммуналдық шаруашылық бөлімі', 'Отдел ЖКХ'),
    await unit('Құрылыс бөлімі', 'Отдел строительства'),
    await unit('Білім бөлімі', 'Отдел образования')
  ];
  const headA = await h.staff('executor', h.office.id, A.id);
  await h.db.unit.update({ where: { id: A.id }, data: { headUserId: headA.id } });
  return {
    appeals: await h.staff('appeals'),
    head: await h.staff('head'),
    headA,
    execA: await h.staff('executor', h.office.id, A.id),
    execA2: await h.staff('executor', h.office.id, A.id),
    execB: await h.staff('executor', h.office.id, B.id),
    execC: await h.staff('executor', h.office.id, C.id),
    units: { A: A.id, B: B.id, C: C.id }
  };
}

const base = {
  sourceKind: 'ACT' as const,
  issuer: 'AKIM' as const,
  sourceRef: '№ 45-р',
  sourceDate: '2026-12-01',
  number: '1',
  content: 'Жылу беруді қалпына келтіру',
  coUnitIds: [],
  controllerId: null,
  assigneeId: null,
  category: null,
  deadline: '2026-12-21',
  givenOn: '2026-12-01',
  onControl: true,
  fromReception: false,
  applicationId: null,
  consideredBy: []
};

/** A document's text as a reader gets it: the DOCX's words, the PDF's through poppler. */
const docxText = (body: Uint8Array) => strFromU8(unzipSync(body)['word/document.xml']).replace(/<[^>]+>/g, ' ');
const pdfText = (body: Uint8Array) => execFileSync('pdftotext', ['-', '-'], { input: body, encoding: 'utf8' });

/** An extension request as the responsible body's first head files it (000 ¶173). */
const extensionAsk = {
  reason: 'Мердігер кешікті',
  newDeadline: '2027-01-15',
  letterRef: '01-12/55',
  agreedWithCo: true
};

describe.each(PROVIDERS)('control of execution on %s', (provider) => {
  let h: Harness;
  let c: Cast;
  beforeAll(async () => {
    h = await startHarness(provider);
    h.setNow(at('2026-12-01'));
    c = await cast(h);
  });
  afterAll(() => h.close());

  it('a protocol → assignments → the executor reports → removal approved, every step in the history', async () => {
    const { id: pid } = await createProtocol(h.ctx, c.appeals, { kind: 'ORAL', sessionId: null, heldOn: '2026-12-01' });
    await saveProtocol(h.ctx, c.appeals, pid, {
      regNo: '15-04/112',
      regDate: null,
      chairName: 'Сәрсенов Қайрат',
      chairPositionKk: 'Әкімнің орынбасары',
      chairPositionRu: 'Заместитель акима',
      attendees: [],
      controllerId: c.appeals.id,
      items: [
        {
          id: null,
          applicationId: null,
          applicantName: 'Әлиев Нұрлан',
          substance: 'Үйде жылу жоқ',
          decision: 'Тапсырма берілді'
        }
      ]
    });
    const itemId = (await h.db.protocolItem.findFirstOrThrow({ where: { protocolId: pid } })).id;
    const { id } = await addItemAssignment(h.ctx, c.appeals, pid, itemId, {
      content: 'Жылу беруді қалпына келтіріп, өтініш берушіге жауап беру',
      leadUnitId: c.units.A,
      coUnitIds: [c.units.B],
      category: 'short_term',
      deadline: '2026-12-21',
      onControl: true,
      consideredBy: [c.execA2.id],
      assigneeId: null,
      appealRegNo: null,
      issuer: 'AKIM',
      controllerId: null
    });
    const a = await h.db.assignment.findUniqueOrThrow({ where: { id } });
    expect(a).toMatchObject({
      number: '1.1',
      sourceKind: 'ORAL_PROTOCOL',
      fromReception: true,
      controllerId: c.appeals.id,
      deadline: '2026-12-21',
      state: 'OPEN'
    });

    // 003 ¶37: the employee who already considered it is refused; another is accepted.
    expect(await refusal(setAssignee(h.ctx, c.headA, id, c.execA2.id))).toBe('considered_before');
    await setAssignee(h.ctx, c.headA, id, c.execA.id);

    expect(await refusal(signProtocol(h.ctx, c.appeals, pid))).toBe('protocol_incomplete');
    await saveProtocol(h.ctx, c.appeals, pid, {
      regNo: '15-04/112',
      regDate: '2026-12-02',
      chairName: 'Сәрсенов Қайрат',
      chairPositionKk: 'Әкімнің орынбасары',
      chairPositionRu: 'Заместитель акима',
      attendees: [],
      controllerId: c.appeals.id,
      items: [
        {
          id: itemId,
          applicationId: null,
          applicantName: 'Әлиев Нұрлан',
          substance: 'Үйде жылу жоқ',
          decision: 'Тапсырма берілді'
        }
      ]
    });
    h.setNow(at('2026-12-02'));
    expect(await signProtocol(h.ctx, c.appeals, pid)).toMatchObject({ signedOn: '2026-12-02', late: false });

    h.setNow(at('2026-12-08'));
    await sendPart(h.ctx, c.execB, id, 'Құрылыс бөлімінің үлесі');
    expect(await refusal(sendPart(h.ctx, c.execA, id, 'x'))).toBe('not_co_executor');

    h.setNow(at('2026-12-18'));
    expect(
      await refusal(
        reportExecution(h.ctx, c.execA, id, {
          text: 'Орындалды',
          signedBy: 'Басшы',
          signedAs: 'FIRST_HEAD',
          attachmentId: 999_999
        })
      )
    ).toBe('report_needs_document');
    const doc = await attach(h.ctx, c.execA, id, {
      name: 'есеп.pdf',
      mime: 'application/pdf',
      body: Buffer.from('%PDF-1.4 signed')
    });
    const report = await reportExecution(h.ctx, c.execA, id, {
      text: 'Жылу берілді, жауап жіберілді',
      signedBy: 'Басшы Б.',
      signedAs: 'FIRST_HEAD',
      attachmentId: doc.id
    });
    expect(report).toMatchObject({ state: 'REPORTED', lateCoExecutors: [] });

    const { id: removalId } = await requestRemoval(h.ctx, c.appeals, id, {
      ground: 'EXECUTED',
      memo: 'Толық орындалды'
    });
    expect(await refusal(decideRequest(h.ctx, c.appeals, removalId, { grant: true, note: '', toUnitId: null }))).toBe(
      'forbidden'
    );
    // Two people (000 ¶183): the head who would file a memo himself cannot also approve it.
    const other = await h.staff('head');
    await decideRequest(h.ctx, other, removalId, { grant: false, note: 'Меморандум толық емес', toUnitId: null });
    const own = await requestRemoval(h.ctx, c.head, id, { ground: 'EXECUTED', memo: 'Толық орындалды' });
    expect(await refusal(decideRequest(h.ctx, c.head, own.id, { grant: true, note: '', toUnitId: null }))).toBe(
      'own_request'
    );
    expect((await assignmentCard(h.ctx, c.head, id)).requests.find((r) => r.id === own.id)).toMatchObject({
      mine: true,
      state: 'PENDING'
    });
    await decideRequest(h.ctx, other, own.id, { grant: true, note: 'Келісемін', toUnitId: null });
    const card = await assignmentCard(h.ctx, c.appeals, id);
    expect(card.assignment).toMatchObject({
      state: 'REMOVED',
      removedOn: '2026-12-18',
      removalGround: 'EXECUTED',
      assigneeId: c.execA.id
    });
    expect(card.history.map((e) => e.type)).toEqual([
      'CREATED',
      'ASSIGNEE',
      'PART_SENT',
      'ATTACHED',
      'REPORTED',
      'REMOVAL_REQUESTED',
      'REMOVAL_REFUSED',
      'REMOVAL_REQUESTED',
      'REMOVAL_GRANTED'
    ]);
    expect(card.history.at(-1)!.by).toBe(other.fullName);
    expect(card.light).toBeNull();
    // No reminder is left to fire for a removed assignment.
    expect(await h.db.reminder.count({ where: { entity: 'Assignment', entityId: id, state: 'PENDING' } })).toBe(0);
  });

  it('000 ¶174, ¶161–165: the edit form cannot move a deadline or a control term; a recorded correction or the central body’s letter can, on the card and in the audit', async () => {
    h.setNow(at('2026-12-01'));
    // The Prime Minister's assignment: its new deadline is granted by the body that gave it (¶161–165).
    const gov = await createAssignment(h.ctx, c.appeals, {
      ...base,
      number: '31',
      issuer: 'PRIME_MINISTER',
      leadUnitId: c.units.A
    });
    // A plain edit of the deadline, or of the control term alone: refused, nothing changed.
    expect(await refusal(editAssignment(h.ctx, c.appeals, gov.id, { deadline: '2027-01-26' }))).toBe(
      'deadline_by_decision_only'
    );
    expect(await refusal(editAssignment(h.ctx, c.appeals, gov.id, { category: 'medium_term' }))).toBe(
      'deadline_by_decision_only'
    );
    expect((await h.db.assignment.findUniqueOrThrow({ where: { id: gov.id } })).deadline).toBe('2026-12-21');
    // The text may still be corrected without a reason.
    expect(
      await editAssignment(h.ctx, c.appeals, gov.id, { content: 'Жылу беруді толық қалпына келтіру' })
    ).toMatchObject({
      changed: ['content']
    });
    // The central body that gave it grants a new deadline: recorded with its letter.
    const letter = { kind: 'CENTRAL_BODY' as const, letterRef: '17-02/1234', letterDate: '2026-12-15' };
    expect(await refusal(editAssignment(h.ctx, c.appeals, gov.id, { deadline: '2026-12-18', because: letter }))).toBe(
      'extension_date'
    );
    await editAssignment(h.ctx, c.appeals, gov.id, { deadline: '2027-01-26', because: letter });
    // The office does not extend it itself: that is the central body's to grant.
    expect(await refusal(requestExtension(h.ctx, c.headA, gov.id, extensionAsk))).toBe('extension_central_body');
    // A registration error corrected: who, why, before → after.
    await editAssignment(h.ctx, c.appeals, gov.id, {
      deadline: '2027-01-25',
      because: { kind: 'CORRECTION', reason: 'Хаттағы мерзім қате тіркелген' }
    });
    const events = await h.db.assignmentEvent.findMany({ where: { assignmentId: gov.id }, orderBy: { id: 'asc' } });
    const central = events.find((e) => e.type === 'DEADLINE_CENTRAL')!;
    expect(JSON.parse(central.detail!)).toMatchObject({
      letterRef: '17-02/1234',
      deadline: { before: '2026-12-21', after: '2027-01-26' }
    });
    const corrected = events.find((e) => e.type === 'DEADLINE_CORRECTED')!;
    expect(corrected.userId).toBe(c.appeals.id);
    expect(JSON.parse(corrected.detail!)).toMatchObject({
      reason: 'Хаттағы мерзім қате тіркелген',
      deadline: { before: '2027-01-26', after: '2027-01-25' }
    });
    const audited = await h.db.auditLog.findMany({ where: { action: 'assignment.edit', entityId: String(gov.id) } });
    expect(audited.some((a) => (a.detail ?? '').includes('Хаттағы мерзім қате тіркелген'))).toBe(true);
    // The weekly list says both in its note column, in each language's words (issue 21).
    for (const [lang, words] of [
      [
        'ru',
        [
          'срок установлен письмом центрального органа от 15 декабря 2026 года № 17-02/1234',
          'исправлена ошибка регистрации'
        ]
      ],
      ['kk', ['мерзімді орталық орган', '№ 17-02/1234 хатымен белгіледі', 'тіркеу қатесі түзетілді']]
    ] as const) {
      const file = await controlListFile(h.ctx, c.appeals, weekOf('2026-12-01'), lang, 'xlsx');
      const text = (await readXlsx(file.body))
        .flatMap((sheet) => sheet.data.flat())
        .map(String)
        .join(' | ');
      for (const w of words) expect(text).toContain(w);
      // The same notes in the DOCX and the PDF (a narrow column may wrap a line: spaces folded).
      const docx = await controlListFile(h.ctx, c.appeals, weekOf('2026-12-01'), lang, 'docx');
      const pdf = await controlListFile(h.ctx, c.appeals, weekOf('2026-12-01'), lang, 'pdf');
      for (const doc of [docxText(docx.body), pdfText(pdf.body)])
        for (const w of words) expect(doc.replace(/\s+/g, ' '), `${lang}: ${doc.replace(/\s+/g, ' ')}`).toContain(w);
    }
  });

  it('000 ¶174 p.2: a Government Office assignment is extended by no route — not by a request, not by a letter, not by a move of its control term', async () => {
    h.setNow(at('2026-12-01'));
    const gov = await createAssignment(h.ctx, c.appeals, {
      ...base,
      number: '32',
      issuer: 'GOV_OFFICE',
      leadUnitId: c.units.A
    });
    h.setNow(at('2026-12-10'));
    expect(await refusal(requestExtension(h.ctx, c.headA, gov.id, extensionAsk))).toBe('extension_never');
    const letter = { kind: 'CENTRAL_BODY' as const, letterRef: '17-02/99', letterDate: '2026-12-09' };
    expect(await refusal(editAssignment(h.ctx, c.appeals, gov.id, { deadline: '2027-01-26', because: letter }))).toBe(
      'extension_never'
    );
    expect(await refusal(editAssignment(h.ctx, c.appeals, gov.id, { category: 'medium_term', because: letter }))).toBe(
      'extension_never'
    );
    expect(await refusal(editAssignment(h.ctx, c.appeals, gov.id, { deadline: '2027-01-26' }))).toBe(
      'deadline_by_decision_only'
    );
    const after = await h.db.assignment.findUniqueOrThrow({ where: { id: gov.id } });
    expect(after).toMatchObject({ deadline: '2026-12-21', extensions: 0 });
    // A local assignment's deadline moves by the office's own decision, not by a letter.
    const local = await createAssignment(h.ctx, c.appeals, { ...base, number: '33', leadUnitId: c.units.A });
    expect(await refusal(editAssignment(h.ctx, c.appeals, local.id, { deadline: '2027-01-26', because: letter }))).toBe(
      'deadline_by_decision_only'
    );
    // The setting is the office's: an office whose regulation names the Prime Minister's too.
    await h.db.office.update({
      where: { id: h.office.id },
      data: { neverExtendedIssuers: 'PRES_ADMIN,GOV_OFFICE,PRIME_MINISTER' }
    });
    const pm = await createAssignment(h.ctx, c.appeals, {
      ...base,
      number: '34',
      issuer: 'PRIME_MINISTER',
      leadUnitId: c.units.A
    });
    expect(await refusal(editAssignment(h.ctx, c.appeals, pm.id, { deadline: '2027-01-26', because: letter }))).toBe(
      'extension_never'
    );
    await h.db.office.update({ where: { id: h.office.id }, data: { neverExtendedIssuers: 'PRES_ADMIN,GOV_OFFICE' } });
  });

  it('000 ¶174–175: an assignment extended three times reads «продлено 3 раза» / «3 рет ұзартылды» in the weekly list, DOCX and PDF', async () => {
    h.setNow(at('2026-12-01'));
    const { id } = await createAssignment(h.ctx, c.appeals, { ...base, number: '41', leadUnitId: c.units.A });
    for (const [day, newDeadline] of [
      ['2026-12-10', '2027-01-15'],
      ['2027-01-05', '2027-02-01'],
      ['2027-01-20', '2027-02-19']
    ]) {
      h.setNow(at(day));
      const asked = await requestExtension(h.ctx, c.headA, id, { ...extensionAsk, newDeadline });
      await decideRequest(h.ctx, c.head, asked.id, { grant: true, note: '', toUnitId: null });
    }
    expect((await h.db.assignment.findUniqueOrThrow({ where: { id } })).extensions).toBe(3);
    const docxText = (body: Uint8Array) => strFromU8(unzipSync(body)['word/document.xml']).replace(/<[^>]+>/g, ' ');
    const pdfText = (body: Uint8Array) => execFileSync('pdftotext', ['-', '-'], { input: body, encoding: 'utf8' });
    for (const [lang, words] of [
      ['ru', 'продлено 3 раза'],
      ['kk', '3 рет ұзартылды']
    ] as const) {
      const docx = await controlListFile(h.ctx, c.appeals, weekOf('2027-01-20'), lang, 'docx');
      const pdf = await controlListFile(h.ctx, c.appeals, weekOf('2027-01-20'), lang, 'pdf');
      for (const text of [docxText(docx.body), pdfText(pdf.body)]) expect(text.replace(/\s+/g, ' ')).toContain(words);
    }
  });

  it('an extension: refused by rule (not the first head, late, central source), refused by the head, then granted', async () => {
    h.setNow(at('2026-12-01'));
    const { id } = await createAssignment(h.ctx, c.appeals, { ...base, leadUnitId: c.units.A, coUnitIds: [c.units.B] });
    const central = await createAssignment(h.ctx, c.appeals, {
      ...base,
      number: '2',
      issuer: 'PRES_ADMIN',
      leadUnitId: c.units.A
    });
    const ask = { reason: 'Мердігер кешікті', newDeadline: '2027-01-15', letterRef: '01-12/55', agreedWithCo: true };
    h.setNow(at('2026-12-10'));
    expect(await refusal(requestExtension(h.ctx, c.execA, id, ask))).toBe('extension_first_head');
    expect(await refusal(requestExtension(h.ctx, c.headA, central.id, ask))).toBe('extension_never');
    h.setNow(at('2026-12-17'));
    expect(await refusal(requestExtension(h.ctx, c.headA, id, ask))).toBe('extension_late');
    expect(await h.db.controlRequest.count({ where: { assignmentId: id } })).toBe(0);

    h.setNow(at('2026-12-10'));
    const first = await requestExtension(h.ctx, c.headA, id, ask);
    expect(first).toMatchObject({ tier: 'first', exceptional: false });
    expect(await refusal(requestExtension(h.ctx, c.headA, id, ask))).toBe('request_pending');
    await decideRequest(h.ctx, c.head, first.id, { grant: false, note: 'Негіз жеткіліксіз', toUnitId: null });
    expect((await h.db.assignment.findUniqueOrThrow({ where: { id } })).deadline).toBe('2026-12-21');

    const again = await requestExtension(h.ctx, c.headA, id, ask);
    await decideRequest(h.ctx, c.head, again.id, { grant: true, note: '', toUnitId: null });
    const a = await h.db.assignment.findUniqueOrThrow({ where: { id }, include: { executors: true } });
    expect(a).toMatchObject({ deadline: '2027-01-15', firstDeadline: '2026-12-21', extensions: 1 });
    // The reminders moved to the new deadline; the old ones are cancelled.
    const pending = await h.db.reminder.findMany({ where: { entity: 'Assignment', entityId: id, state: 'PENDING' } });
    expect(pending.every((r) => r.key.endsWith(':2027-01-15'))).toBe(true);
    expect(pending.map((r) => r.kind).sort()).toEqual(['NEAR_DEADLINE', 'OVERDUE', 'REMOVAL_MEMO_DUE', 'REPORT_DUE']);

    const second = await requestExtension(h.ctx, c.headA, id, { ...ask, newDeadline: '2027-02-01' });
    expect(second).toMatchObject({ tier: 'second', exceptional: true, disciplinaryReview: true });
    const events = await h.db.assignmentEvent.findMany({ where: { assignmentId: id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.type)).toEqual([
      'CREATED',
      'EXTENSION_REQUESTED',
      'EXTENSION_REFUSED',
      'EXTENSION_REQUESTED',
      'EXTENSION_GRANTED',
      'EXTENSION_REQUESTED'
    ]);
    expect(JSON.parse(events[4].detail!)).toMatchObject({ before: '2026-12-21', after: '2027-01-15' });
  });

  it('an executor sees only its own unit; lights and the dashboard count what each may see', async () => {
    h.setNow(at('2026-12-01'));
    const mine = await createAssignment(h.ctx, c.appeals, { ...base, number: '7', leadUnitId: c.units.C });
    h.setNow(at('2026-12-16'));
    const listC = await listAssignments(h.ctx, controlReader(c.execC), {});
    expect(listC.items.map((i) => i.id)).toEqual([mine.id]);
    expect(listC.items[0].light).toBe('amber');
    const asB = await listAssignments(h.ctx, controlReader(c.execB), { unitId: c.units.C });
    expect(asB.items).toEqual([]);
    expect(await refusal(assignmentCard(h.ctx, c.execB, mine.id))).toBe('unknown_assignment');
    expect(
      await refusal(
        reportExecution(h.ctx, c.execB, mine.id, { text: 'x', signedBy: 'x', signedAs: 'ACTING', attachmentId: 1 })
      )
    ).toBe('unknown_assignment');
    expect(
      (await listAssignments(h.ctx, controlReader(c.appeals), { light: 'amber' })).items.map((i) => i.id)
    ).toContain(mine.id);
    const board = await dashboard(h.ctx, controlReader(c.head));
    expect(board.total.amber).toBeGreaterThanOrEqual(1);
    expect(board.units.find((u) => u.id === c.units.C)).toMatchObject({ amber: 1 });
    const other = await h.staff(
      'appeals',
      (await h.db.office.create({ data: { code: `x${Date.now()}`, nameKk: 'Басқа', nameRu: 'Другой' } })).id
    );
    expect(await refusal(assignmentCard(h.ctx, other, mine.id))).toBe('unknown_assignment');
  });

  it('the light filter and the dashboard, counted in the database, agree with the rule around holidays', async () => {
    const start = Temporal.PlainDate.from('2026-12-08');
    for (let i = 0; i < 36; i++) {
      const deadline = start.add({ days: i }).toString();
      const reportedOn = i % 3 === 0 ? null : start.add({ days: i + (i % 3 === 1 ? -1 : 2) }).toString();
      await h.db.assignment.create({
        data: {
          officeId: h.office.id,
          sourceKind: 'ACT',
          sourceDate: '2026-12-01',
          number: `L${i}`,
          content: 'Жарық',
          givenOn: '2026-12-01',
          deadline,
          firstDeadline: deadline,
          state: reportedOn ? 'REPORTED' : 'OPEN',
          reportedOn,
          executors: { create: { unitId: c.units.B, lead: true, receivedOn: '2026-12-01' } }
        }
      });
    }
    const reader = controlReader(c.appeals);
    for (const day of ['2026-12-11', '2026-12-15', '2026-12-18', '2026-12-30', '2027-01-05']) {
      h.setNow(at(day));
      const t = await officeTerms(h.ctx, h.db, h.office.id);
      const all = await h.db.assignment.findMany({
        where: { officeId: h.office.id },
        select: { id: true, state: true, deadline: true, reportedOn: true }
      });
      const board = await dashboard(h.ctx, reader);
      for (const light of ['green', 'amber', 'red'] as const) {
        const expected = all
          .filter((a) => assignmentLight(t.cal, a, t.today, t.amberDays) === light)
          .map((a) => a.id)
          .sort((x, y) => x - y);
        const listed = (await listAssignments(h.ctx, reader, { light })).items;
        expect(
          listed.map((a) => a.id).sort((x, y) => x - y),
          `${light} on ${day}`
        ).toEqual(expected);
        expect(listed.every((a) => a.light === light)).toBe(true);
        expect(board.total[light], `${light} on ${day}`).toBe(expected.length);
      }
    }
  });

  it('bad input is refused and changes nothing', async () => {
    h.setNow(at('2026-12-01'));
    const before = await h.db.assignment.count();
    expect(await refusal(createAssignment(h.ctx, c.appeals, { ...base, leadUnitId: 999_999 }))).toBe('unknown_unit');
    expect(
      await refusal(createAssignment(h.ctx, c.appeals, { ...base, leadUnitId: c.units.A, deadline: '2026-11-20' }))
    ).toBe('deadline_before_given');
    expect(
      await refusal(
        createAssignment(h.ctx, c.appeals, {
          ...base,
          leadUnitId: c.units.A,
          category: 'very_urgent',
          deadline: '2026-12-30'
        })
      )
    ).toBe('category_span');
    expect(await refusal(createAssignment(h.ctx, c.appeals, { ...base, leadUnitId: c.units.A, number: '1..2' }))).toBe(
      'bad_request'
    );
    expect(await refusal(createAssignment(h.ctx, c.execA, { ...base, leadUnitId: c.units.A }))).toBe('forbidden');
    expect(await h.db.assignment.count()).toBe(before);
  });

  it('reminders fire once, to the right people, and only while still true', async () => {
    h.setNow(at('2026-12-01'));
    const { id } = await createAssignment(h.ctx, c.appeals, {
      ...base,
      number: '9',
      leadUnitId: c.units.B,
      controllerId: c.appeals.id
    });
    h.setNow(at('2026-12-11'));
    await sweepReminders(h.ctx);
    await sweepReminders(h.ctx);
    const told = await h.db.notification.findMany({ where: { entity: 'Assignment', entityId: id } });
    expect(told.map((n) => n.kind)).toEqual(told.map(() => 'REPORT_DUE'));
    expect(told.map((n) => n.userId).sort()).toEqual([c.appeals.id, c.execB.id].sort());
    const bell = await listNotifications(h.ctx, c.execB);
    expect(bell.unread).toBeGreaterThanOrEqual(1);
    expect(bell.items.find((n) => n.entityId === id)?.params.deadline).toBe('2026-12-21');
  });
});

/** A second process, a restart: the reminder loop run as its own OS process against the same database. */
function worker(url: string, now: string): ChildProcess & { passes: () => number } {
  let passes = 0;
  const p = spawn(process.execPath, ['--import', 'tsx', 'test/integration/reminder-worker.ts'], {
    env: { ...process.env, DATABASE_URL: url, NOW: now },
    stdio: ['ignore', 'pipe', 'inherit']
  });
  p.stdout!.on('data', (b: Buffer) => (passes += (b.toString().match(/pass/g) ?? []).length));
  return Object.assign(p, { passes: () => passes });
}
const until = async (ok: () => boolean | Promise<boolean>, ms = 30_000) => {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
};
const killed = (p: ChildProcess) =>
  new Promise((r) => (p.exitCode !== null || p.signalCode !== null ? r(null) : (p.once('exit', r), p.kill('SIGKILL'))));

describe.each(PROVIDERS)('durable reminders across processes on %s', (provider) => {
  let h: Harness;
  let c: Cast;
  beforeAll(async () => {
    h = await startHarness(provider);
    h.setNow(at('2026-12-01'));
    c = await cast(h);
  });
  afterAll(() => h.close());

  it('a restart between two reminder days neither loses nor repeats one', { timeout: 90_000 }, async () => {
    const { id } = await createAssignment(h.ctx, c.appeals, {
      ...base,
      leadUnitId: c.units.A,
      controllerId: c.appeals.id
    });
    const fired = async (kind: string) =>
      (await h.db.reminder.findFirst({ where: { entity: 'Assignment', entityId: id, kind } }))?.state === 'FIRED';
    const first = worker(h.config.url, at('2026-12-11').toISOString());
    await until(() => fired('REPORT_DUE'));
    await until(() => first.passes() >= 2);
    await killed(first);
    const second = worker(h.config.url, at('2026-12-15').toISOString());
    await until(() => fired('NEAR_DEADLINE'));
    await until(() => second.passes() >= 2);
    await killed(second);
    const byKind = await h.db.notification.groupBy({
      by: ['kind'],
      where: { entity: 'Assignment', entityId: id },
      _count: { _all: true }
    });
    const count = Object.fromEntries(byKind.map((b) => [b.kind, b._count._all]));
    const heads = await h.db.user.count({ where: { role: 'head', officeId: h.office.id } });
    // Report due: the lead unit's three executors and the controller; near deadline: the unit's head, the office's heads, the controller.
    expect(count.REPORT_DUE).toBe(4);
    expect(count.NEAR_DEADLINE).toBe(2 + heads);
  });

  it('two server processes on one database fire each reminder exactly once', { timeout: 90_000 }, async () => {
    h.setNow(at('2026-12-01'));
    const ids: number[] = [];
    for (let i = 0; i < 12; i++)
      ids.push(
        (
          await createAssignment(h.ctx, c.appeals, {
            ...base,
            number: String(20 + i),
            leadUnitId: c.units.B,
            controllerId: c.appeals.id
          })
        ).id
      );
    const now = at('2026-12-22').toISOString();
    const [p1, p2] = [worker(h.config.url, now), worker(h.config.url, now)];
    await until(
      async () =>
        (await h.db.reminder.count({ where: { entityId: { in: ids }, state: 'PENDING', entity: 'Assignment' } })) === 0
    );
    await until(() => p1.passes() >= 2 && p2.passes() >= 2);
    await Promise.all([killed(p1), killed(p2)]);
    const overdue = await h.db.notification.findMany({
      where: { entity: 'Assignment', entityId: { in: ids }, kind: 'OVERDUE' }
    });
    const heads = await h.db.user.count({ where: { role: 'head', officeId: h.office.id } });
    // Each: the unit's executor, the controller, the office's heads (unit B has no head user).
    expect(overdue.length).toBe(ids.length * (2 + heads));
    const reminders = await h.db.reminder.findMany({ where: { entity: 'Assignment', entityId: { in: ids } } });
    expect(reminders.filter((r) => r.state === 'FIRED').length).toBe(ids.length * 3);
    expect(reminders.filter((r) => r.kind === 'REMOVAL_MEMO_DUE').every((r) => r.state === 'SKIPPED')).toBe(true);
  });
});

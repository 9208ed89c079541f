import { recordPhoneSurvey } from '../server/survey/survey';
import { Temporal } from 'temporal-polyfill';
import type { Role } from '../server/auth/roles';
import type { SessionUser } from '../server/auth/sessions';
import { deadlineCalendar } from '../server/calendar/calendar';
import { officeToday } from '../server/calendar/rules/deadlines';
import { createAssignment, type AssignmentInput } from '../server/control/assignments';
import { attach, reportExecution, sendPart } from '../server/control/execution';
import { addItemAssignment, createProtocol, saveProtocol, signProtocol } from '../server/control/protocols';
import { decideRequest, requestExtension, requestRemoval } from '../server/control/requests';
import type { Db } from '../server/db/client';
import type { Ctx } from '../server/realtime/context';
import { registerApplication } from '../server/reception/applications';
import { DEMO_OFFICE } from './seed';
import { demoIin } from './seed-reception';

/**
 * Demo control of execution: three units with their executors, a held reception with its
 * signed protocol, another held one still waiting for its protocol, and assignments in every
 * state — green, amber, red, extended once, reported, awaiting removal approval, removed, for
 * information — built through the services at the days they would have happened, so their
 * history, requests and reminders are real. The reminders already due fire when the server
 * starts, so the bell has something to show.
 */
export async function seedControlDemo(db: Db, now: Date = new Date()): Promise<boolean> {
  const office = await db.office.findUnique({ where: { code: DEMO_OFFICE } });
  if (!office || (await db.unit.count({ where: { officeId: office.id } })) > 0) return false;
  const cal = await deadlineCalendar(db);
  const today = officeToday(now, office.timeZone);
  // A ctx whose clock stands at 10:00 office time on a given day.
  const on = (day: Temporal.PlainDate): Ctx => ({
    db,
    now: () => new Date(`${day.toString()}T05:00:00Z`),
    publish: () => {}
  });
  const wd = (n: number) =>
    n >= 0 ? cal.addWorkingDays(cal.onOrBefore(today), n) : cal.subtractWorkingDays(cal.onOrBefore(today), -n);
  const as = async (login: string, unitId: number | null = null): Promise<SessionUser> => {
    const u = await db.user.findUniqueOrThrow({ where: { login } });
    return {
      id: u.id,
      login,
      fullName: u.fullName,
      role: u.role as Role,
      officeId: office.id,
      officeIds: [office.id],
      locale: 'kk',
      unitId
    };
  };

  const unit = (kind: string, nameKk: string, nameRu: string, headName: string, sortOrder: number) =>
    db.unit.create({ data: { officeId: office.id, kind, nameKk, nameRu, headName, sortOrder } });
  const housing = await unit(
    'DEPARTMENT',
    'Тұрғын үй-коммуналдық шаруашылық бөлімі',
    'Отдел жилищно-коммунального хозяйства',
    'Қасымов Дәурен Қасымұлы',
    0
  );
  const building = await unit('DEPARTMENT', 'Құрылыс бөлімі', 'Отдел строительства', 'Болатова Сәуле Ерболқызы', 1);
  const district = await unit(
    'DISTRICT_AKIMAT',
    'Мұнайлы ауданының әкімдігі',
    'Акимат Мунайлинского района',
    'Ғаббасов Марат Өтегенұлы',
    2
  );
  const execUser = await db.user.update({
    where: { login: 'executor' },
    data: { unitId: housing.id, email: 'tkş@demo.local' }
  });
  await db.user.update({ where: { login: 'executor2' }, data: { unitId: building.id } });
  await db.unit.update({ where: { id: housing.id }, data: { headUserId: execUser.id } });
  const executor = await as('executor', housing.id);
  const executor2 = await as('executor2', building.id);
  const appeals = await as('appeals');
  const head = await as('head');
  const deputy = await db.official.findFirstOrThrow({ where: { officeId: office.id, userId: { not: null } } });
  const room = await db.window.findFirstOrThrow({ where: { officeId: office.id, kind: 'ROOM' } });

  // Two past receptions of the deputy: applicants received (history, so written as it stands).
  const heldOn = wd(-12);
  const waitingOn = wd(-3);
  const held = async (day: Temporal.PlainDate, people: Array<[string, string, string, string]>) => {
    const month = day.toPlainYearMonth().toString();
    const schedule = await db.receptionSchedule.upsert({
      where: { officeId_month: { officeId: office.id, month } },
      update: {},
      create: { officeId: office.id, month, state: 'PUBLISHED' }
    });
    const session = await db.receptionSession.create({
      data: {
        officeId: office.id,
        scheduleId: schedule.id,
        officialId: deputy.id,
        date: day.toString(),
        startsAt: '10:00',
        endsAt: '12:00',
        roomId: room.id,
        type: 'EXTRA'
      }
    });
    for (const [i, [surname, givenName, iin, substance]] of people.entries()) {
      const { id } = await registerApplication(on(day.subtract({ days: 14 })), appeals, {
        surname,
        givenName,
        patronymic: '',
        iin,
        phone: '',
        address: '',
        language: 'kk',
        applicantKind: 'SELF',
        representedName: '',
        authorityDoc: '',
        foreigner: false,
        interpreterNeeded: false,
        category: null,
        channel: 'PAPER',
        externalRegNo: `${300 + i}-Ж`,
        externalRegDate: null,
        receivedAt: null,
        requestedOfficialId: deputy.id,
        substance
      });
      await db.application.update({
        where: { id },
        data: { state: 'RECEIVED', sessionId: session.id, slotTime: `1${i}:00`.slice(0, 5) }
      });
    }
    return session;
  };
  const s1 = await held(heldOn, [
    ['Әбілқасымова', 'Гүлжан', demoIin('1975-04-12', true, 2101), '15-шағын аудандағы үйде жылу жоқ'],
    ['Петров', 'Андрей', demoIin('1968-09-23', false, 2203), 'Ауылдағы жолды жөндеу'],
    ['Серікбаев', 'Ұлан', demoIin('1992-01-15', false, 2305), 'Мектепке дейінгі ұйымға орын']
  ]);
  await held(waitingOn, [
    ['Жұмабекова', 'Өркен', demoIin('1988-03-01', true, 2407), 'Көпқабатты үйдің шатырын жөндеу']
  ]);

  // The protocol of the first, drawn up and signed within the office's term.
  const { id: pid } = await createProtocol(on(heldOn), appeals, { kind: 'RECEPTION', sessionId: s1.id, heldOn: null });
  const p = await db.protocol.findUniqueOrThrow({
    where: { id: pid },
    include: { items: { orderBy: { position: 'asc' } } }
  });
  const decisions = [
    'Жылу беруді қалпына келтіру тапсырылды',
    'Жолды жөндеу 2027 жылғы жоспарға енгізілсін',
    'Түсіндірме берілді, кезекке қою тапсырылды'
  ];
  await saveProtocol(on(heldOn.add({ days: 1 })), appeals, pid, {
    regNo: '15-04/112',
    regDate: cal.addWorkingDays(heldOn, 1).toString(),
    chairName: deputy.fullName,
    chairPositionKk: deputy.positionKk,
    chairPositionRu: deputy.positionRu,
    attendees: JSON.parse(p.attendees).map((a: { nameKk: string; nameRu: string }, i: number) => ({
      ...a,
      present: i !== 1
    })),
    controllerId: appeals.id,
    items: p.items.map((it, i) => ({
      id: it.id,
      applicationId: it.applicationId,
      applicantName: it.applicantName,
      substance: it.substance,
      decision: decisions[i]
    }))
  });
  const item = (i: number) => p.items[i].id;
  const plain = {
    consideredBy: [],
    assigneeId: null,
    appealRegNo: null,
    issuer: 'AKIM' as const,
    controllerId: null,
    onControl: true,
    category: null,
    coUnitIds: [] as number[]
  };
  // green: a month ahead; a pending extension would be too early — it is simply in work.
  await addItemAssignment(on(heldOn), appeals, pid, item(0), {
    ...plain,
    content: 'Үйге жылу беруді толық қалпына келтіріп, өтініш берушіге жазбаша жауап беру',
    leadUnitId: housing.id,
    coUnitIds: [building.id],
    deadline: wd(20).toString()
  });
  // amber: due within three working days.
  await addItemAssignment(on(heldOn), appeals, pid, item(1), {
    ...plain,
    content: 'Ауыл жолын жөндеу жұмыстарының сметасын дайындау',
    leadUnitId: building.id,
    deadline: wd(2).toString()
  });
  // An appeal handed in at the reception, registered with the mark (003 ¶36).
  await addItemAssignment(on(heldOn), appeals, pid, item(2), {
    ...plain,
    content: 'Балабақшаға орын беру мәселесін қарау',
    leadUnitId: district.id,
    deadline: wd(8).toString(),
    appealRegNo: 'ЖТ-4412',
    consideredBy: [executor2.id]
  });
  await signProtocol(on(cal.addWorkingDays(heldOn, 1)), appeals, pid);

  const act = (
    n: string,
    content: string,
    leadUnitId: number,
    givenOn: Temporal.PlainDate,
    deadline: Temporal.PlainDate,
    extra: Partial<AssignmentInput> = {}
  ): AssignmentInput => ({
    sourceKind: 'ACT',
    issuer: 'AKIM',
    sourceRef: '212-р',
    sourceDate: givenOn.toString(),
    number: n,
    content,
    leadUnitId,
    coUnitIds: [],
    controllerId: appeals.id,
    assigneeId: null,
    category: null,
    deadline: deadline.toString(),
    givenOn: givenOn.toString(),
    onControl: true,
    fromReception: false,
    applicationId: null,
    consideredBy: [],
    ...extra
  });
  // red: overdue, from the Government Office (never extended).
  const g30 = today.subtract({ days: 30 });
  await createAssignment(
    on(g30),
    appeals,
    act('1', 'Жылыту маусымына дайындық туралы ақпарат беру', housing.id, g30, wd(-3), {
      issuer: 'GOV_OFFICE',
      sourceKind: 'MEETING_PROTOCOL',
      sourceRef: '17-34/2011'
    })
  );
  // extended once: asked in time by the unit's first head, granted by the head of apparatus.
  const g25 = today.subtract({ days: 25 });
  const ext = await createAssignment(
    on(g25),
    appeals,
    act('2', 'Аудандағы көшелерді жарықтандыру жобасын әзірлеу', housing.id, g25, wd(-2), { coUnitIds: [district.id] })
  );
  const askOn = cal.subtractWorkingDays(wd(-2), 6);
  const req = await requestExtension(on(askOn), executor, ext.id, {
    reason: 'Жобалау-сметалық құжаттама сараптамада',
    newDeadline: wd(15).toString(),
    letterRef: '03-15/877',
    agreedWithCo: true
  });
  await decideRequest(on(askOn), head, req.id, { grant: true, note: 'Бір рет ұзартылсын', toUnitId: null });
  // reported in time, awaiting the head's approval of removal.
  const g20 = today.subtract({ days: 20 });
  const rem = await createAssignment(
    on(g20),
    appeals,
    act('3', 'Қоғамдық көлік аялдамаларын жөндеу', building.id, g20, wd(3), { coUnitIds: [housing.id] })
  );
  await sendPart(on(today.subtract({ days: 6 })), executor, rem.id, 'ТКШ бөлімі аялдамалардың тізбесін ұсынды');
  const doc = await attach(on(today.subtract({ days: 3 })), executor2, rem.id, {
    name: 'орындалуы-туралы-ақпарат.pdf',
    mime: 'application/pdf',
    body: Buffer.from('%PDF-1.4\n% demo signed report\n')
  });
  await reportExecution(on(today.subtract({ days: 3 })), executor2, rem.id, {
    text: '12 аялдама жөндеуден өтті, актілер қоса беріледі',
    signedBy: 'Болатова С. Е.',
    signedAs: 'FIRST_HEAD',
    attachmentId: doc.id
  });
  await requestRemoval(on(today.subtract({ days: 1 })), appeals, rem.id, {
    ground: 'EXECUTED',
    memo: 'Тапсырма толық және сапалы орындалды, бақылаудан алуды ұсынамын'
  });
  // removed: executed and approved.
  const g40 = today.subtract({ days: 40 });
  const done = await createAssignment(
    on(g40),
    appeals,
    act('4', 'Су құбыры желісіндегі апатты жою', district.id, g40, wd(-10))
  );
  // The district's reporter cannot sign in (no password): the demo's story only needs its report.
  const districtUser = await db.user.create({
    data: {
      login: `district-${office.id}`,
      fullName: 'Аудан әкімдігінің маманы Айдос Қайратұлы',
      role: 'executor',
      passwordHash: '!',
      officeId: office.id,
      unitId: district.id,
      active: false
    }
  });
  const dUser = await as(districtUser.login, district.id);
  const f = await attach(on(cal.subtractWorkingDays(wd(-10), 2)), dUser, done.id, {
    name: 'акт.pdf',
    mime: 'application/pdf',
    body: Buffer.from('%PDF-1.4\n% demo act\n')
  });
  await reportExecution(on(cal.subtractWorkingDays(wd(-10), 2)), dUser, done.id, {
    text: 'Апат жойылды, сумен жабдықтау қалпына келтірілді',
    signedBy: 'Ғаббасов М. Ө.',
    signedAs: 'FIRST_HEAD',
    attachmentId: f.id
  });
  const r = await requestRemoval(on(wd(-9)), appeals, done.id, { ground: 'EXECUTED', memo: 'Толық орындалды' });
  await decideRequest(on(wd(-9)), head, r.id, { grant: true, note: '', toUnitId: null });
  // for information only («назарға алынды»): not on control (000 ¶178).
  await createAssignment(
    on(g20),
    appeals,
    act('5', 'Әлеуметтік-экономикалық даму туралы жоспарлы есептік ақпарат', building.id, g20, wd(10), {
      issuer: 'PRES_ADMIN',
      onControl: false
    })
  );
  // green, with a pending extension request the head can decide.
  const g5 = today.subtract({ days: 5 });
  const pend = await createAssignment(
    on(g5),
    appeals,
    act('6', 'Мектеп ғимаратын күрделі жөндеуге құжаттама дайындау', housing.id, g5, wd(12), {
      category: 'medium_term',
      deadline: wd(25).toString()
    })
  );
  await requestExtension(on(today), executor, pend.id, {
    reason: 'Мердігерді анықтау конкурсы қайта жарияланды',
    newDeadline: wd(45).toString(),
    letterRef: '03-15/902',
    agreedWithCo: false
  });
  // Applicants of the signed reception asked by phone how it went (003 ¶38): the rooms' report has a satisfaction.
  const asked = await db.application.findMany({
    where: { sessionId: s1.id, state: 'RECEIVED' },
    orderBy: { id: 'asc' },
    take: 2
  });
  for (const [i, a] of asked.entries())
    await recordPhoneSurvey(
      on(heldOn.add({ days: 2 })),
      appeals,
      a.id,
      i === 0
        ? { rating: 5, comment: 'Мәселе тыңдалды, жауап уақтылы келді', language: 'kk' }
        : { rating: 4, comment: 'Приняли вежливо, ждём ремонта', language: 'ru' }
    );
  return true;
}

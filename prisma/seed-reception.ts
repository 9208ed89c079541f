/**
 * Personal-reception demo data for the demo office, made through the product's own services
 * so that numbers, events and terms are exactly what staff would produce: three officials, a
 * published schedule covering today and the coming weeks, and a dozen applications in
 * different states (two booked for today, one refused after a hearing, one forwarded, one
 * extended, one returned…). Runs once: nothing happens if the office already has officials.
 */
import { Temporal } from 'temporal-polyfill';
import type { SessionUser } from '../server/auth/sessions';
import type { Role } from '../server/auth/roles';
import { deadlineCalendar } from '../server/calendar/calendar';
import { officeToday } from '../server/calendar/rules/deadlines';
import type { Db } from '../server/db/client';
import { recordOnApplication, applicationStep, type StepInput } from '../server/reception/application-steps';
import { registerApplication, type ApplicationInput } from '../server/reception/applications';
import { iinCheckDigit } from '../server/reception/rules/iin';
import { addSession, generateSessions, saveOfficial, scheduleStep } from '../server/reception';
import type { Ctx } from '../server/realtime/context';
import { DEMO_OFFICE } from './seed';
import { instantAt } from '../server/shared/time';

/** A valid ИИН for a birth date (the serial makes it unique). */
export function demoIin(birth: string, female: boolean, serial: number): string {
  const [y, m, d] = birth.split('-');
  const century = Number(y) >= 2000 ? (female ? 6 : 5) : female ? 4 : 3;
  for (let s = serial; ; s++) {
    const first = `${y.slice(2)}${m}${d}${century}${String(s % 10000).padStart(4, '0')}`;
    const c = iinCheckDigit([...first].map(Number));
    if (c !== null) return `${first}${c}`;
  }
}

const PEOPLE: Array<[string, string, string, string, boolean, 'kk' | 'ru']> = [
  ['Жақсыбекова', 'Әсел', 'Нұрланқызы', '1985-12-31', true, 'kk'],
  ['Иванов', 'Сергей', 'Петрович', '1958-04-12', false, 'ru'],
  ['Төлеуов', 'Ерболат', 'Қайратұлы', '1979-06-07', false, 'kk'],
  ['Ким', 'Елена', 'Викторовна', '1990-01-01', true, 'ru'],
  ['Сейітқали', 'Гүлжан', 'Оразқызы', '1947-05-09', true, 'kk'],
  ['Абдуллаев', 'Рустам', 'Ильич', '1983-03-22', false, 'ru'],
  ['Мұхамеджанова', 'Айгерім', 'Серікқызы', '1995-08-30', true, 'kk'],
  ['Оспанов', 'Нұржан', 'Бақытұлы', '1969-11-15', false, 'kk'],
  ['Петренко', 'Ольга', 'Андреевна', '1972-02-28', true, 'ru'],
  ['Бекмұхамбетов', 'Дәурен', 'Әлібекұлы', '2001-07-19', false, 'kk'],
  ['Нұрмағамбетова', 'Сәуле', 'Төлегенқызы', '1988-10-05', true, 'kk'],
  ['Шевченко', 'Андрей', 'Николаевич', '1965-12-01', false, 'ru']
];

const ISSUES = [
  'Жер учаскесін ресімдеу мерзімі бұзылды',
  'Вопрос о ремонте кровли многоквартирного дома',
  'Ауылдағы жолды жөндеу туралы',
  'Предоставление места в детском саду',
  'Әлеуметтік көмек тағайындау туралы',
  'Подключение к центральному водоснабжению',
  'Тұрғын үй кезегіндегі орны туралы',
  'Мектеп автобусының қатынауы туралы',
  'Перерасчёт платы за отопление',
  'Жастар жұмысқа орналасу бағдарламасы туралы',
  'Көшені жарықтандыру туралы',
  'Вывоз мусора в частном секторе'
];

export async function seedReceptionDemo(db: Db, now: Date = new Date()): Promise<boolean> {
  const office = await db.office.findUnique({ where: { code: DEMO_OFFICE } });
  if (!office || (await db.official.count({ where: { officeId: office.id } })) > 0) return false;
  const ctx: Ctx = { db, now: () => now, publish: () => {} };
  const as = async (login: string): Promise<SessionUser> => {
    const u = await db.user.findUniqueOrThrow({ where: { login } });
    return {
      id: u.id,
      login,
      fullName: u.fullName,
      role: u.role as Role,
      officeId: office.id,
      officeIds: [office.id],
      locale: 'kk',
      unitId: null
    };
  };
  const appeals = await as('appeals');
  const head = await as('head');
  const officialUser = await db.user.findUniqueOrThrow({ where: { login: 'official' } });
  const room = await db.window.findFirstOrThrow({ where: { officeId: office.id, kind: 'ROOM' } });
  await db.office.update({
    where: { id: office.id },
    data: {
      attendeeTemplate: JSON.stringify([
        { nameKk: 'Аппарат басшысы', nameRu: 'Руководитель аппарата' },
        { nameKk: 'Заң қызметінің басшысы', nameRu: 'Руководитель юридической службы' },
        { nameKk: 'Өтініштер бөлімінің басшысы', nameRu: 'Руководитель отдела обращений' }
      ]),
      signupChannels: 'PORTAL,EOTINISH,PAPER,IN_PERSON,ORAL,CALL_CENTRE,EMAIL,WEBSITE,WHATSAPP,RECEPTION_CENTRE'
    }
  });

  const official = (
    fullName: string,
    positionKk: string,
    positionRu: string,
    userId: number | null,
    sortOrder: number,
    sameDay: boolean
  ) =>
    saveOfficial(ctx, appeals, null, {
      fullName,
      positionKk,
      positionRu,
      userId,
      roomId: room.id,
      active: true,
      sortOrder,
      sameDay
    });
  const deputy = await official(
    'Сәрсенов Қайрат Әбенұлы',
    'Облыс әкімінің орынбасары',
    'Заместитель акима области',
    officialUser.id,
    0,
    true
  );
  const chief = await official(
    'Өмірова Гүлнар Жанатқызы',
    'Әкім аппаратының басшысы',
    'Руководитель аппарата акима',
    null,
    1,
    false // the head of apparatus receives by appointment only
  );
  const dept = await official(
    'Ахметов Бауыржан Серікұлы',
    'Жұмыспен қамту басқармасының басшысы',
    'Руководитель управления занятости',
    null,
    2,
    true // a head of a structural unit (003 ¶3)
  );

  const today = officeToday(now, office.timeZone);
  const cal = await deadlineCalendar(db);
  const months = [0, 1, 2].map((k) => today.toPlainYearMonth().add({ months: k }).toString());
  const base = { roomId: room.id, placeKk: '', placeRu: '', type: 'REGULAR' as const, slotMinutes: 20 };
  for (const month of months) {
    await generateSessions(
      ctx,
      appeals,
      month,
      { weekday: 2, weeks: [], startsAt: '10:00', endsAt: '13:00' },
      { ...base, officialId: deputy.id }
    );
    await generateSessions(
      ctx,
      appeals,
      month,
      { weekday: 4, weeks: [2, 4], startsAt: '15:00', endsAt: '18:00' },
      { ...base, officialId: chief.id }
    );
    await generateSessions(
      ctx,
      appeals,
      month,
      { weekday: 3, weeks: [], startsAt: '09:00', endsAt: '12:00' },
      { ...base, officialId: dept.id, slotMinutes: 15 }
    );
  }
  // The demo hall is open every day: there is always a session today, whatever day it is, until
  // midnight (a slot whose time has passed cannot be booked, and the demo may start at any hour).
  const todaySession = await addSession(ctx, appeals, {
    ...base,
    officialId: deputy.id,
    date: today.toString(),
    startsAt: '08:00',
    endsAt: '24:00',
    slotMinutes: 30,
    type: 'EXTRA'
  });
  for (const month of months) {
    await scheduleStep(ctx, appeals, month, 'submit');
    await scheduleStep(ctx, head, month, 'approve');
    if (month !== months[2]) await scheduleStep(ctx, appeals, month, 'publish');
  }
  const next = await db.receptionSession.findFirstOrThrow({
    where: { officialId: chief.id, date: { gt: today.toString() }, status: 'ACTIVE', schedule: { state: 'PUBLISHED' } },
    orderBy: { date: 'asc' }
  });

  const channels = [
    'PAPER',
    'EOTINISH',
    'IN_PERSON',
    'PORTAL',
    'CALL_CENTRE',
    'EOTINISH',
    'ORAL',
    'PAPER',
    'WEBSITE',
    'EMAIL',
    'EOTINISH',
    'WHATSAPP'
  ] as const;
  const ids: number[] = [];
  for (const [i, [surname, givenName, patronymic, birth, female, language]] of PEOPLE.entries()) {
    const input: ApplicationInput = {
      surname,
      givenName,
      patronymic,
      iin: demoIin(birth, female, 1000 + i * 37),
      phone: `+7 70${i % 10} ${String(100 + i * 7).padStart(3, '0')} ${String(10 + i).padStart(2, '0')} ${String(20 + i).padStart(2, '0')}`,
      address:
        language === 'kk'
          ? `Ақтау қ., ${i + 3} шағын аудан, ${i + 10} үй`
          : `г. Актау, ${i + 3} микрорайон, дом ${i + 10}`,
      language,
      applicantKind: i === 8 ? 'OTHER_PERSON' : 'SELF',
      representedName: i === 8 ? 'Петренко Иван Сергеевич (отец)' : '',
      authorityDoc: i === 8 ? 'Доверенность № 451 от 02.11.2026' : '',
      foreigner: false,
      interpreterNeeded: false,
      category: i === 4 ? 'WW2_EQUATED' : i === 1 ? 'LABOUR_VETERAN' : null,
      channel: channels[i],
      externalRegNo: channels[i] === 'EOTINISH' ? `ЖТ-${String(3000 + i * 11)}` : `${String(120 + i)}-Ж`,
      externalRegDate: null,
      receivedAt: new Date(now.getTime() - (20 - i) * 86_400_000),
      requestedOfficialId: i % 3 === 0 ? deputy.id : i % 3 === 1 ? chief.id : dept.id,
      substance: ISSUES[i]
    };
    ids.push((await registerApplication(ctx, appeals, input)).id);
  }
  const step = (i: number, s: StepInput) => applicationStep(ctx, appeals, ids[i], s);
  const reviewed = [0, 1, 2, 3, 4, 5, 6, 7];
  for (const i of reviewed) await step(i, { action: 'review' });
  // Two booked for today with the deputy (check-in at the kiosk, the official's room), as an office
  // books them: that morning, before the session opened — so the demo has them whatever hour it
  // starts, even in the day's last half hour when no slot of today is left to book now.
  const morning = instantAt(today, 7 * 60 + 30, office.timeZone);
  const booking: Ctx = { ...ctx, now: () => (now < morning ? now : morning) };
  for (const i of [0, 4])
    await applicationStep(booking, appeals, ids[i], { action: 'schedule', sessionId: todaySession.id });
  // One for the head of apparatus's next session.
  await step(1, { action: 'schedule', sessionId: next.id });
  // Their reference notes went to the official in time (003 ¶26).
  for (const i of [0, 4, 1]) {
    const app = await db.application.findUniqueOrThrow({ where: { id: ids[i] } });
    await recordOnApplication(ctx, appeals, ids[i], {
      record: 'notice',
      what: 'referenceNote',
      on: cal.addWorkingDays(app.registeredOn, 2).toString()
    });
  }
  // Refused today after a hearing (003 ¶15(2), ¶32–33): the draft went out a week ago.
  await step(2, {
    action: 'proposeRefusal',
    ground: 'ALREADY_DECIDED',
    decisionOn: today.toString(),
    draftSentOn: cal.subtractWorkingDays(today, 5).toString()
  });
  await recordOnApplication(ctx, appeals, ids[2], {
    record: 'hearing',
    on: today.toString(),
    method: 'MEETING',
    by: 'Заң қызметінің басшысы',
    outcome: 'Өтініш беруші түсіндірмені алды, келіспеді'
  });
  await step(2, { action: 'refuse', ground: 'ALREADY_DECIDED' });
  // A hearing still pending.
  await step(6, {
    action: 'proposeRefusal',
    ground: 'COURT_ACT',
    decisionOn: cal.addWorkingDays(cal.onOrAfter(today), 4).toString()
  });
  // Forwarded as outside competence (000 ¶195).
  await step(3, { action: 'forward', to: 'Облыстық денсаулық сақтау басқармасы / Управление здравоохранения области' });
  // Extended by letter (003 ¶30), the applicant not yet told.
  await recordOnApplication(ctx, appeals, ids[5], {
    record: 'extension',
    kind: 'LETTER',
    on: today.toString(),
    reason: 'Бірнеше басқарманың қорытындысы қажет'
  });
  // Another body asked to take part (003 ¶19).
  await recordOnApplication(ctx, appeals, ids[7], {
    record: 'otherBody',
    name: 'Маңғыстау облысының полиция департаменті',
    on: Temporal.PlainDate.from(today).toString()
  });
  // Returned for a missing signature (003 ¶6); one withdrawn; two just registered.
  await step(8, {
    action: 'return',
    reason: 'Сенімхат көшірмесі жоқ / Нет копии доверенности',
    until: cal.addWorkingDays(today, 5).toString()
  });
  await step(9, { action: 'withdraw', note: 'Өтініш беруші өзі қайтарып алды' });
  // A letter that never says what it is about (003 ¶5): registered, not considered, the applicant to be told.
  await registerApplication(ctx, appeals, {
    surname: 'Құрманғалиев',
    givenName: 'Жәнібек',
    patronymic: 'Өтегенұлы',
    iin: demoIin('1956-03-08', false, 1700),
    phone: '',
    address: 'Ақтау қ., 14 шағын аудан, 21 үй',
    language: 'kk',
    applicantKind: 'SELF',
    representedName: '',
    authorityDoc: '',
    foreigner: false,
    interpreterNeeded: false,
    category: null,
    channel: 'PAPER',
    externalRegNo: '131-Ж',
    externalRegDate: null,
    receivedAt: new Date(now.getTime() - 2 * 86_400_000),
    requestedOfficialId: deputy.id,
    substance: ''
  });
  return true;
}

/**
 * Demo data: a Citizens Reception Centre with the three zones of SPEC 1.1, five
 * windows and one user per role. Idempotent: does nothing if the demo office exists.
 * The demo office is open round the clock, holidays included, so the demo works at any hour.
 */
import type { Db } from '../server/db/client';
import { hashPassword, verifyPassword } from '../server/auth/passwords';
import type { Role } from '../server/auth/roles';

export const DEMO_OFFICE = 'demo';
export const DEMO_PASSWORD = 'qabyldau';
export const DEMO_KIOSK = 'hall-1';
export const DEMO_PRINTER_PORT = Number(process.env.VIRTUAL_PRINTER_PORT ?? 9100);
export const DEMO_USERS: Array<{ login: string; role: Role; fullName: string }> = [
  { login: 'admin', role: 'admin', fullName: 'Әкімші Әлия Серікқызы' },
  { login: 'specialist', role: 'specialist', fullName: 'Маман Қанат Өмірұлы' },
  { login: 'specialist2', role: 'specialist', fullName: 'Маман Гүлнұр Ермекқызы' },
  // Four windows, four specialists: the demo hall can have every window calling at once.
  { login: 'specialist3', role: 'specialist', fullName: 'Маман Әсем Бауыржанқызы' },
  { login: 'specialist4', role: 'specialist', fullName: 'Маман Ғалым Нұржанұлы' },
  { login: 'registrar', role: 'registrar', fullName: 'Тіркеуші Дана Бекқызы' },
  { login: 'supervisor', role: 'supervisor', fullName: 'Зал супервайзері Мәдина Асқарқызы' },
  { login: 'official', role: 'official', fullName: 'Әкім орынбасары Нұрлан Жақсылықұлы' },
  { login: 'appeals', role: 'appeals', fullName: 'Өтініштер бөлімі Айгүл Сәкенқызы' },
  { login: 'head', role: 'head', fullName: 'Аппарат басшысы Ерлан Мұратұлы' },
  // Executors of structural units (prisma/seed-control.ts puts them in their units).
  { login: 'executor', role: 'executor', fullName: 'ТКШ бөлімінің басшысы Дәурен Қасымұлы' },
  { login: 'executor2', role: 'executor', fullName: 'Құрылыс бөлімінің маманы Інкәр Болатқызы' }
];

export async function seedDemo(db: Db): Promise<boolean> {
  if (await db.office.findUnique({ where: { code: DEMO_OFFICE } })) return false;
  const office = await db.office.create({
    data: {
      code: DEMO_OFFICE,
      nameKk: 'Азаматтарды қабылдау орталығы (демо)',
      nameRu: 'Центр приёма граждан (демо)',
      timeZone: 'Asia/Almaty',
      workDays: '1,2,3,4,5,6,7',
      opensAt: '00:00',
      closesAt: '24:00',
      lunchStart: null,
      lunchEnd: null,
      lastTicketMinutes: 0,
      // The demo works at any hour, holidays included; a real office observes them.
      observesHolidays: false,
      // Kiosks and boards work before anyone pairs them (a real hall pairs each screen, server/devices).
      openDevices: true
    }
  });
  const zones = [
    {
      code: 'results',
      prefix: 'А',
      nameKk: 'Нәтиже',
      nameRu: 'Результат',
      descriptionKk: 'Дайын құжатты немесе жауапты алу',
      descriptionRu: 'Получить готовый документ или ответ',
      avgServiceMinutes: 5
    },
    {
      code: 'consultation',
      prefix: 'Б',
      nameKk: 'Консультация',
      nameRu: 'Консультация',
      descriptionKk: 'Қызметтер, құжаттар мен өтініш беру туралы кеңес',
      descriptionRu: 'Совет об услугах, документах и подаче обращений',
      avgServiceMinutes: 10
    },
    {
      code: 'reception',
      prefix: 'В',
      nameKk: 'Азаматтарды қабылдау',
      nameRu: 'Приём граждан',
      descriptionKk: 'Өтініш немесе шағым беру, басшылыққа жазылу',
      descriptionRu: 'Подать обращение или жалобу, записаться к руководству',
      avgServiceMinutes: 20
    }
  ];
  const services = [];
  for (const [i, z] of zones.entries())
    services.push(await db.service.create({ data: { ...z, officeId: office.id, sortOrder: i } }));
  const [R, C, P] = services.map((s) => s.id);
  const windows: Array<{ number: number; kind: string; serves: number[] }> = [
    { number: 1, kind: 'WINDOW', serves: [R] },
    { number: 2, kind: 'WINDOW', serves: [R, C] },
    { number: 3, kind: 'WINDOW', serves: [C] },
    { number: 4, kind: 'WINDOW', serves: [R, C, P] },
    { number: 5, kind: 'ROOM', serves: [P] }
  ];
  for (const w of windows) {
    await db.window.create({
      data: {
        officeId: office.id,
        number: w.number,
        kind: w.kind,
        services: { create: w.serves.map((serviceId) => ({ serviceId })) }
      }
    });
  }
  // The hall kiosk prints to the virtual printer that `npm start` runs (server/printing).
  await db.kiosk.create({
    data: {
      officeId: office.id,
      code: DEMO_KIOSK,
      nameKk: 'Зал, 1-киоск',
      nameRu: 'Зал, киоск 1',
      printerKind: 'NETWORK',
      printerAddress: `127.0.0.1:${DEMO_PRINTER_PORT}`
    }
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    await db.user.create({ data: { ...u, passwordHash, officeId: office.id, locale: 'kk' } });
  }
  return true;
}

/** Whether a demo login still opens with the published password (a production start warns). */
export async function demoPasswordInUse(db: Db): Promise<boolean> {
  const users = await db.user.findMany({
    where: { login: { in: DEMO_USERS.map((u) => u.login) }, active: true },
    select: { passwordHash: true }
  });
  for (const u of users) if (await verifyPassword(u.passwordHash, DEMO_PASSWORD)) return true;
  return false;
}

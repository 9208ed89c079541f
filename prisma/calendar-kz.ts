/**
 * The official calendar of the Republic of Kazakhstan for 2025–2027, as far as it is
 * known on 2026-11-21: public holidays (Law «On holidays in the RK», Labour Code art. 85)
 * and the transfers decreed for each year. Days off that follow from a holiday falling on
 * a weekend are not listed: the calendar computes them (server/calendar/rules/calendar.ts).
 * Seeded once per year into an empty year; after that the administrator's edits rule.
 */
import type { Db } from '../server/db/client';
import type { CalendarEntry } from '../server/calendar/rules/calendar';

type Holiday = Omit<CalendarEntry, 'date'>;

const H = {
  newYear: { kind: 'HOLIDAY', nameKk: 'Жаңа жыл', nameRu: 'Новый год', movesIfWeekend: true },
  christmas: {
    kind: 'HOLIDAY',
    nameKk: 'Православиелік Рождество',
    nameRu: 'Православное Рождество',
    movesIfWeekend: false,
    note: 'Діни мереке: демалыс күніне түссе, ауыстырылмайды. / Религиозный праздник: при совпадении с выходным не переносится.'
  },
  womensDay: {
    kind: 'HOLIDAY',
    nameKk: 'Халықаралық әйелдер күні',
    nameRu: 'Международный женский день',
    movesIfWeekend: true
  },
  nauryz: { kind: 'HOLIDAY', nameKk: 'Наурыз мейрамы', nameRu: 'Наурыз мейрамы', movesIfWeekend: true },
  unity: {
    kind: 'HOLIDAY',
    nameKk: 'Қазақстан халқының бірлігі мерекесі',
    nameRu: 'Праздник единства народа Казахстана',
    movesIfWeekend: true
  },
  defender: { kind: 'HOLIDAY', nameKk: 'Отан қорғаушы күні', nameRu: 'День защитника Отечества', movesIfWeekend: true },
  victory: { kind: 'HOLIDAY', nameKk: 'Жеңіс күні', nameRu: 'День Победы', movesIfWeekend: true },
  capital: { kind: 'HOLIDAY', nameKk: 'Астана күні', nameRu: 'День столицы', movesIfWeekend: true },
  constitution: { kind: 'HOLIDAY', nameKk: 'Конституция күні', nameRu: 'День Конституции', movesIfWeekend: true },
  republic: { kind: 'HOLIDAY', nameKk: 'Республика күні', nameRu: 'День Республики', movesIfWeekend: true },
  independence: { kind: 'HOLIDAY', nameKk: 'Тәуелсіздік күні', nameRu: 'День Независимости', movesIfWeekend: true },
  kurban: {
    kind: 'HOLIDAY',
    nameKk: 'Құрбан айттың бірінші күні',
    nameRu: 'Первый день Курбан айта',
    movesIfWeekend: false,
    note: 'Діни мереке: ауыстырылмайды; күнін жыл сайын Еңбек министрлігі ҚМДБ-мен бірге белгілейді. / Религиозный праздник: не переносится; дату ежегодно определяет Минтруда совместно с ДУМК.'
  }
} satisfies Record<string, Holiday>;

/** The holidays every year has on fixed dates (Constitution Day changes in 2027, see below). */
function fixed(year: number, constitution: string | null): CalendarEntry[] {
  const at = (md: string, h: Holiday): CalendarEntry => ({ date: `${year}-${md}`, ...h });
  return [
    at('01-01', H.newYear),
    at('01-02', H.newYear),
    at('01-07', H.christmas),
    at('03-08', H.womensDay),
    at('03-21', H.nauryz),
    at('03-22', H.nauryz),
    at('03-23', H.nauryz),
    at('05-01', H.unity),
    at('05-07', H.defender),
    at('05-09', H.victory),
    at('07-06', H.capital),
    ...(constitution ? [at(constitution, H.constitution)] : []),
    at('10-25', H.republic),
    at('12-16', H.independence)
  ];
}

const TRANSFER_2025 =
  'Еңбек және халықты әлеуметтік қорғау министрінің бұйрығы: 5 қаңтар (жексенбі) демалысы 3 қаңтарға (жұма) ауыстырылды. / Приказ Министра труда и социальной защиты населения: выходной с воскресенья 5 января перенесён на пятницу 3 января.';

export const KZ_CALENDAR: Record<number, CalendarEntry[]> = {
  2025: [
    ...fixed(2025, '08-30'),
    { date: '2025-06-06', ...H.kurban },
    // Order of the Minister of Labour and Social Protection: the rest day of Sunday 5 January moved to Friday 3 January.
    {
      date: '2025-01-03',
      kind: 'DAY_OFF',
      nameKk: 'Демалыс күні (5 қаңтардан ауыстырылған)',
      nameRu: 'Выходной день (перенесён с 5 января)',
      movesIfWeekend: false,
      note: TRANSFER_2025
    },
    {
      date: '2025-01-05',
      kind: 'WORKING_DAY',
      nameKk: 'Жұмыс күні (3 қаңтардың орнына)',
      nameRu: 'Рабочий день (за 3 января)',
      movesIfWeekend: false,
      note: TRANSFER_2025
    }
  ],
  // 2026: no transfers were decreed. 30 August is no longer Constitution Day (new Constitution
  // adopted by the referendum of 15 March 2026; Ministry of Labour, March 2026).
  2026: [...fixed(2026, null), { date: '2026-05-27', ...H.kurban }],
  // 2027: Constitution Day on 15 March. Transfers for 2027 are not decreed yet; the date of
  // Kurban Ait is the expected one — check both when the government publishes the year.
  2027: [
    ...fixed(2027, '03-15'),
    {
      date: '2027-05-16',
      ...H.kurban,
      note: 'Діни мереке: ауыстырылмайды. Болжамды күн, Еңбек министрлігінің шешімімен нақтылау қажет. / Религиозный праздник: не переносится. Ожидаемая дата, уточнить по решению Минтруда.'
    }
  ]
};

/** Seeds each known year that has no entries yet. Returns the years seeded. */
export async function seedCalendar(db: Db): Promise<number[]> {
  const seeded: number[] = [];
  for (const [yearText, entries] of Object.entries(KZ_CALENDAR)) {
    const year = Number(yearText);
    const existing = await db.calendarDay.count({ where: { date: { gte: `${year}-01-01`, lte: `${year}-12-31` } } });
    if (existing > 0) continue;
    await db.calendarDay.createMany({ data: entries.map((e) => ({ ...e, note: e.note ?? '' })) });
    seeded.push(year);
  }
  return seeded;
}

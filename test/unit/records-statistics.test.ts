import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { KZ_CALENDAR } from '../../prisma/calendar-kz';
import { WorkingCalendar } from '../../server/calendar/rules/calendar';
import { controlLines, type ReportAssignment } from '../../server/control/rules/control-counts';
import type { ControlTallies } from '../../server/control/statistics';
import { toPdf } from '../../server/documents/pdf';
import type { ApplicationFacts } from '../../server/reception/rules/application-due';
import { answerDeadline } from '../../server/reception/rules/application-due';
import { answerOutcome, sessionOutcome } from '../../server/reception/rules/statistics';
import type { ReceptionTallies } from '../../server/reception/statistics';
import { controlSections } from '../../server/statistics/rules/control-report';
import { receptionSections } from '../../server/statistics/rules/reception-report';
import { statDocument } from '../../server/statistics/rules/sections';

/** Personal reception's and control's figures (issue 23): each counted by hand on small fixtures. */
const KZ = new WorkingCalendar(Object.values(KZ_CALENDAR).flat());

describe('personal reception in figures', () => {
  it('a session is held once its day is past; 003 ¶16 moves one by cancelling it', () => {
    const today = '2026-11-20';
    expect(sessionOutcome({ status: 'ACTIVE', movedToId: null, date: '2026-11-19' }, today)).toBe('held');
    expect(sessionOutcome({ status: 'ACTIVE', movedToId: null, date: '2026-11-20' }, today)).toBe('planned');
    expect(sessionOutcome({ status: 'CANCELLED', movedToId: 7, date: '2026-11-10' }, today)).toBe('moved');
    expect(sessionOutcome({ status: 'CANCELLED', movedToId: null, date: '2026-11-25' }, today)).toBe('cancelled');
  });

  it('an answer is on time by its last day, late after it, overdue when that day passed without one', () => {
    const f: ApplicationFacts = {
      state: 'SCHEDULED',
      registeredOn: '2026-03-02',
      answeredOn: null,
      extensionKind: null,
      extendedOn: null,
      extendedUntil: null,
      extensionNoticeOn: null,
      sessionDate: null,
      referenceNoteOn: null,
      hearingDecisionOn: null,
      hearingDraftSentOn: null,
      forwardedOn: null,
      otherBodyRequestedOn: null,
      otherBodyNoticeOn: null
    };
    const due = answerDeadline(KZ, f);
    const dayAfter = KZ.onOrAfter(due).add({ days: 1 }).toString();
    expect(answerOutcome(KZ, { ...f, answeredOn: '2026-03-03' }, '2026-06-01')).toBe('on_time');
    expect(answerOutcome(KZ, { ...f, answeredOn: due }, '2026-06-01')).toBe('on_time');
    expect(answerOutcome(KZ, { ...f, answeredOn: dayAfter }, '2026-06-01')).toBe('late');
    expect(answerOutcome(KZ, f, due)).toBe('pending');
    expect(answerOutcome(KZ, f, dayAfter)).toBe('overdue');
    expect(answerOutcome(KZ, { ...f, state: 'WITHDRAWN' }, dayAfter)).toBeNull();
  });
});

describe('control of execution in figures', () => {
  const a = (o: Partial<ReportAssignment> & { unit: number }): ReportAssignment & { unit: number } => ({
    issuer: 'AKIM',
    givenOn: '2026-09-01',
    deadline: '2026-10-15',
    state: 'OPEN',
    reportedOn: null,
    removedOn: null,
    extensions: 0,
    ...o
  });
  const rows = [
    a({ unit: 1, reportedOn: '2026-10-10', state: 'REPORTED' }), // on time
    a({ unit: 1, reportedOn: '2026-10-20', state: 'REPORTED', extensions: 1 }), // late, extended
    a({ unit: 2, deadline: '2026-11-10' }), // overdue by 2026-11-30
    a({ unit: 2, deadline: '2026-12-20' }), // in work
    a({ unit: 2, removedOn: '2026-08-30', state: 'REMOVED' }), // removed before the period: not counted
    a({ unit: 3, state: 'INFO' }), // for information: never counted
    a({ unit: 3, givenOn: '2026-12-05' }) // given after the period
  ];

  it('counts what became of the assignments under control in the period, by unit and by month', () => {
    const byUnit = controlLines(rows, '2026-10-01', '2026-11-30', (r) => r.unit);
    expect(byUnit.get(1)).toEqual({ total: 2, removed: 0, onTime: 1, late: 1, inWork: 0, overdue: 0, extended: 1 });
    expect(byUnit.get(2)).toEqual({ total: 2, removed: 0, onTime: 0, late: 0, inWork: 1, overdue: 1, extended: 0 });
    expect(byUnit.has(3)).toBe(false);
    const byMonth = controlLines(rows, '2026-10-01', '2026-11-30', (r) => r.deadline.slice(0, 7));
    expect(byMonth.get('2026-10')?.total).toBe(2);
    expect(byMonth.get('2026-11')).toMatchObject({ total: 1, overdue: 1 });
  });
});

describe('the records’ statistics as documents', () => {
  const reception: ReceptionTallies & { rooms: []; notConsidered: number } = {
    officials: [{ id: 1, fullName: 'Сәрсенов Қайрат Әбенұлы' }],
    sessions: { held: 3, planned: 1, cancelled: 1, moved: 1 },
    sessionsByOfficial: [{ officialId: 1, held: 3, planned: 1, cancelled: 1, moved: 1 }],
    registered: 5,
    byState: {
      REGISTERED: 1,
      RETURNED: 0,
      REVIEW: 0,
      HEARING: 0,
      SCHEDULED: 1,
      REFUSED: 0,
      FORWARDED: 0,
      WITHDRAWN: 1,
      RECEIVED: 2,
      NO_SHOW: 0,
      NOT_CONSIDERED: 0
    },
    byChannel: { PAPER: 4, EOTINISH: 1 },
    answers: { on_time: 2, late: 1, overdue: 1, pending: 0 },
    byMonth: [{ month: '2026-11', registered: 5, on_time: 2, late: 1, overdue: 1, pending: 0 }],
    rooms: [],
    notConsidered: 0
  };
  const control: ControlTallies = {
    units: [{ id: 4, nameKk: 'Құрылыс бөлімі', nameRu: 'Отдел строительства' }],
    total: { total: 2, removed: 0, onTime: 1, late: 0, inWork: 0, overdue: 1, extended: 0 },
    bySource: [{ issuer: 'AKIM', total: 2, removed: 0, onTime: 1, late: 0, inWork: 0, overdue: 1, extended: 0 }],
    byKind: [{ sourceKind: 'ACT', total: 2, removed: 0, onTime: 1, late: 0, inWork: 0, overdue: 1, extended: 0 }],
    byUnit: [{ unitId: 4, total: 2, removed: 0, onTime: 1, late: 0, inWork: 0, overdue: 1, extended: 0 }],
    byMonth: [{ month: '2026-11', total: 2, removed: 0, onTime: 1, late: 0, inWork: 0, overdue: 1, extended: 0 }],
    byState: { OPEN: 1, REPORTED: 1 },
    overdue: [
      {
        unitId: 4,
        items: [{ id: 9, number: '2', sourceRef: '12-р', content: 'Жолды жөндеу', deadline: '2026-11-20', days: 5 }]
      }
    ]
  };
  const CODES = /\b(RECEIVED|SCHEDULED|WITHDRAWN|PAPER|EOTINISH|AKIM|ACT|OPEN|REPORTED|on_time|undefined|null)\b/;

  it('speak one language each, in words, with the plural of the number', () => {
    for (const [lang, own, other] of [
      ['kk', 'Өткізілді', 'Проведено'],
      ['ru', 'Проведено', 'Өткізілді']
    ] as const) {
      const r = receptionSections(reception, lang);
      const text = JSON.stringify([r.title, r.facts, r.sections.map((s) => [s.heading, s.columns, s.rows])]);
      expect(text).toContain(own);
      expect(text).not.toContain(other);
      expect(text).not.toMatch(CODES);
      const c = controlSections(control, lang);
      const ctext = JSON.stringify([c.title, c.facts, c.sections.map((s) => [s.heading, s.columns, s.rows])]);
      expect(ctext).not.toMatch(CODES);
      expect(c.sections.find((s) => s.id === 'overdue-4')?.heading).toBe(
        lang === 'ru' ? 'Отдел строительства: просрочено 1 поручение' : 'Құрылыс бөлімі: мерзімі өткен 1 тапсырма'
      );
      expect(c.sections.find((s) => s.id === 'overdue-4')?.rows[0]).toContain(lang === 'ru' ? '5 дней' : '5 күн');
    }
  });

  it('a PDF carries each chart as a picture over its table', async () => {
    const v = controlSections(control, 'ru');
    const charts = v.sections.filter((s) => s.chart).length;
    expect(charts).toBe(2);
    const doc = statDocument(v, {
      lang: 'ru',
      officeName: 'Орталық',
      from: '2026-09-01',
      to: '2026-11-30',
      filter: [],
      drawnUp: '01.12.2026',
      file: 'control-statistics'
    });
    const pdf = await PDFDocument.load(await toPdf(doc));
    const images = pdf.context
      .enumerateIndirectObjects()
      .filter(([, o]) => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    expect(images).toHaveLength(charts);
  });
});

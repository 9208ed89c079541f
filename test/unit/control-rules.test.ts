import { describe, expect, it } from 'vitest';
import { KZ_CALENDAR } from '../../prisma/calendar-kz';
import { WorkingCalendar } from '../../server/calendar/rules/calendar';
import { canDo, nextState } from '../../server/control/rules/assignment-state';
import * as m from '../../i18n/paraglide/messages.js';
import { controlListDocument, protocolDocument } from '../../server/control/rules/documents';
import { assignmentReminders, protocolReminder, stillRelevant } from '../../server/control/rules/reminders';
import { bySource } from '../../server/control/rules/control-counts';
import { promptness, protocolsReportDocument } from '../../server/control/rules/reports';
import { NEVER_EXTENDED_DEFAULT, extensionRoute, parseNeverExtended } from '../../server/control/rules/sources';
import {
  assignmentLight,
  checkAssignee,
  checkExtension,
  checkRedirect,
  checkRemoval,
  coPartDue,
  compareItemNumbers,
  lateParts,
  protocolDue,
  quarterRange,
  quarterReportDue,
  weekOf
} from '../../server/control/rules/terms';

// December 2026: the 16th (Independence Day) and the weekends are off.
const KZ = new WorkingCalendar(Object.values(KZ_CALENDAR).flat());
const DEADLINE = '2026-12-21'; // a Monday

describe('assignment state machine', () => {
  it('reports, asks for removal, and is removed by approval only', () => {
    expect(nextState('OPEN', 'report')).toBe('REPORTED');
    expect(nextState('REPORTED', 'requestRemoval')).toBe('REMOVAL_REQUESTED');
    expect(nextState('REMOVAL_REQUESTED', 'grantRemoval')).toBe('REMOVED');
    expect(nextState('OPEN', 'grantRemoval')).toBeNull();
  });
  it('a refused removal goes back to where it was', () => {
    expect(nextState('REMOVAL_REQUESTED', 'refuseRemoval', { reportedOn: '2026-12-10' })).toBe('REPORTED');
    expect(nextState('REMOVAL_REQUESTED', 'refuseRemoval', { reportedOn: null })).toBe('OPEN');
  });
  it('«назарға алынды» items take no steps but being put on control', () => {
    for (const action of ['report', 'requestExtension', 'requestRemoval', 'addPart'] as const)
      expect(canDo('INFO', action)).toBe(false);
    expect(nextState('INFO', 'putOnControl')).toBe('OPEN');
  });
  it('nothing happens to a removed assignment', () => {
    for (const action of [
      'report',
      'returnReport',
      'requestRemoval',
      'requestExtension',
      'edit',
      'putOnControl'
    ] as const)
      expect(canDo('REMOVED', action)).toBe(false);
  });
  it('a report can be sent back for more work', () => {
    expect(nextState('REPORTED', 'returnReport')).toBe('OPEN');
  });
});

describe('extension verdicts (000 ¶173–175)', () => {
  const base = {
    issuer: 'AKIM',
    neverExtended: NEVER_EXTENDED_DEFAULT,
    granted: 0,
    deadline: DEADLINE,
    requestedOn: '2026-12-15',
    newDeadline: '2027-01-15'
  };
  it('the first is an ordinary extension, up to 3 working days before the deadline', () => {
    expect(checkExtension(KZ, base)).toMatchObject({
      refused: null,
      tier: 'first',
      exceptional: false,
      disciplinaryReview: false,
      newDeadline: '2027-01-15'
    });
  });
  it('a late request is refused with the last day it could be made', () => {
    expect(checkExtension(KZ, { ...base, requestedOn: '2026-12-17' })).toEqual({
      refused: 'extension_late',
      params: { date: '2026-12-15' }
    });
  });
  it('a second only as exceptional with a disciplinary review; more than two brings the review too', () => {
    expect(checkExtension(KZ, { ...base, granted: 1 })).toMatchObject({
      refused: null,
      tier: 'second',
      exceptional: true,
      disciplinaryReview: true
    });
    expect(checkExtension(KZ, { ...base, granted: 2 })).toMatchObject({
      refused: null,
      tier: 'beyond',
      exceptional: true,
      disciplinaryReview: true
    });
  });
  it('000 ¶174 p.2: never for the Presidential Administration and the Government Office; another central body grants its own (¶161–165)', () => {
    for (const issuer of ['PRES_ADMIN', 'GOV_OFFICE']) {
      expect(extensionRoute(issuer, NEVER_EXTENDED_DEFAULT)).toBe('never');
      expect(checkExtension(KZ, { ...base, issuer }).refused).toBe('extension_never');
    }
    for (const issuer of ['PRESIDENT', 'PRIME_MINISTER', 'STATE_SECRETARY']) {
      expect(extensionRoute(issuer, NEVER_EXTENDED_DEFAULT)).toBe('central_body');
      expect(checkExtension(KZ, { ...base, issuer }).refused).toBe('extension_central_body');
    }
    expect(extensionRoute('DEPUTY_AKIM', NEVER_EXTENDED_DEFAULT)).toBe('decision');
    // The office's setting decides: an office whose regulation also names the President's acts.
    expect(extensionRoute('PRESIDENT', parseNeverExtended('PRES_ADMIN,GOV_OFFICE,PRESIDENT,BOGUS'))).toBe('never');
    expect(parseNeverExtended('PRES_ADMIN,BOGUS,,AKIM')).toEqual(['PRES_ADMIN', 'AKIM']);
  });
  it('the new date must be later, and moves off a non-working day', () => {
    expect(checkExtension(KZ, { ...base, newDeadline: '2026-12-20' }).refused).toBe('extension_date');
    expect(checkExtension(KZ, { ...base, newDeadline: '2026-12-26' })).toMatchObject({ newDeadline: '2026-12-28' });
  });
});

describe('removal from control (000 ¶176, ¶183; 002 §9.23; 003 ¶35)', () => {
  const base = {
    reported: true,
    fromReception: false,
    sourceKind: 'ACT',
    deadline: DEADLINE,
    requestedOn: '2026-12-21'
  };
  it('not as executed without the execution record', () => {
    expect(checkRemoval(KZ, { ...base, ground: 'EXECUTED', reported: false }).refused).toBe('removal_needs_report');
    expect(checkRemoval(KZ, { ...base, ground: 'IMPOSSIBLE', reported: false }).refused).toBeNull();
  });
  it('the final answer is a ground for reception appeals only', () => {
    expect(checkRemoval(KZ, { ...base, ground: 'FINAL_ANSWER' }).refused).toBe('removal_ground');
    expect(checkRemoval(KZ, { ...base, ground: 'FINAL_ANSWER', fromReception: true }).refused).toBeNull();
  });
  it('the memo is due 1 working day after the deadline; later is marked late', () => {
    expect(checkRemoval(KZ, { ...base, ground: 'EXECUTED', requestedOn: '2026-12-22' })).toEqual({
      refused: null,
      late: false,
      due: '2026-12-22'
    });
    expect(checkRemoval(KZ, { ...base, ground: 'EXECUTED', requestedOn: '2026-12-23' })).toMatchObject({ late: true });
  });
});

describe('executors (000 ¶172, ¶179, ¶182)', () => {
  it('a redirect is asked within 3 working days of receipt', () => {
    expect(checkRedirect(KZ, '2026-12-10', '2026-12-15').refused).toBeNull();
    expect(checkRedirect(KZ, '2026-12-10', '2026-12-17')).toEqual({
      refused: 'redirect_late',
      params: { date: '2026-12-15' }
    });
  });
  it("a co-executor's part: receipt + 7 working days, never after the lead's report", () => {
    expect(coPartDue(KZ, '2026-12-01', '2026-12-01', DEADLINE).toString()).toBe('2026-12-10');
    expect(coPartDue(KZ, '2026-12-01', '2026-12-01', '2026-12-14').toString()).toBe('2026-12-07');
  });
  it('the lead names co-executors that sent nothing or sent late', () => {
    const ex = [
      { lead: true, partDueOn: null, partOn: null, id: 1 },
      { lead: false, partDueOn: '2026-12-10', partOn: '2026-12-09', id: 2 },
      { lead: false, partDueOn: '2026-12-10', partOn: '2026-12-11', id: 3 },
      { lead: false, partDueOn: '2026-12-10', partOn: null, id: 4 }
    ];
    expect(lateParts(ex, '2026-12-11').map((e) => e.id)).toEqual([3, 4]);
    expect(lateParts(ex, '2026-12-10').map((e) => e.id)).toEqual([3]);
  });
  it('003 ¶37: a reception appeal never goes to an employee who already considered it', () => {
    expect(checkAssignee({ fromReception: true, consideredBy: [7] }, 7).refused).toBe('considered_before');
    expect(checkAssignee({ fromReception: true, consideredBy: [7] }, 8).refused).toBeNull();
    expect(checkAssignee({ fromReception: false, consideredBy: [7] }, 7).refused).toBeNull();
  });
});

describe('lights', () => {
  const a = { state: 'OPEN', deadline: DEADLINE, reportedOn: null };
  it('green, amber from 3 working days before, red after the deadline', () => {
    expect(assignmentLight(KZ, a, '2026-12-14', 3)).toBe('green');
    expect(assignmentLight(KZ, a, '2026-12-15', 3)).toBe('amber');
    expect(assignmentLight(KZ, a, DEADLINE, 3)).toBe('amber');
    expect(assignmentLight(KZ, a, '2026-12-22', 3)).toBe('red');
  });
  it('the amber threshold is the office setting', () => {
    expect(assignmentLight(KZ, a, '2026-12-14', 5)).toBe('amber');
    expect(assignmentLight(KZ, a, '2026-12-15', 1)).toBe('green');
  });
  it('reported on time stays green; not on control or removed has none', () => {
    expect(assignmentLight(KZ, { ...a, state: 'REPORTED', reportedOn: '2026-12-18' }, '2026-12-30', 3)).toBe('green');
    expect(assignmentLight(KZ, { ...a, state: 'REPORTED', reportedOn: '2026-12-23' }, '2026-12-30', 3)).toBe('red');
    expect(assignmentLight(KZ, { ...a, state: 'INFO' }, '2026-12-30', 3)).toBeNull();
    expect(assignmentLight(KZ, { ...a, state: 'REMOVED' }, '2026-12-30', 3)).toBeNull();
  });
});

describe('reminders over holidays', () => {
  it('report −5, near −3 working days, removal memo on the deadline, overdue the day after', () => {
    const r = assignmentReminders(KZ, { id: 9, givenOn: '2026-12-01', deadline: DEADLINE, state: 'OPEN' });
    expect(Object.fromEntries(r.map((x) => [x.kind, x.fireOn]))).toEqual({
      REPORT_DUE: '2026-12-11',
      NEAR_DEADLINE: '2026-12-15',
      REMOVAL_MEMO_DUE: DEADLINE,
      OVERDUE: '2026-12-22'
    });
    expect(r[0].key).toBe(`REPORT_DUE:Assignment:9:${DEADLINE}`);
  });
  it('skips the Independence Day holiday when counting back', () => {
    const r = assignmentReminders(KZ, { id: 9, givenOn: '2026-12-01', deadline: '2026-12-17', state: 'OPEN' });
    expect(r.find((x) => x.kind === 'REPORT_DUE')!.fireOn).toBe('2026-12-09');
    expect(r.find((x) => x.kind === 'NEAR_DEADLINE')!.fireOn).toBe('2026-12-11');
  });
  it('a very urgent term brings the dates forward to the day given', () => {
    const r = assignmentReminders(KZ, { id: 1, givenOn: '2026-12-14', deadline: '2026-12-17', state: 'OPEN' });
    expect(r.find((x) => x.kind === 'REPORT_DUE')!.fireOn).toBe('2026-12-14');
  });
  it('none for items not on control or removed; each fires only while still true', () => {
    expect(assignmentReminders(KZ, { id: 1, givenOn: '2026-12-01', deadline: DEADLINE, state: 'INFO' })).toEqual([]);
    expect(assignmentReminders(KZ, { id: 1, givenOn: '2026-12-01', deadline: DEADLINE, state: 'REMOVED' })).toEqual([]);
    expect(stillRelevant('REPORT_DUE', 'REPORTED')).toBe(false);
    expect(stillRelevant('REMOVAL_MEMO_DUE', 'REPORTED')).toBe(true);
    expect(stillRelevant('PROTOCOL_DUE', 'SIGNED')).toBe(false);
    expect(protocolReminder({ id: 3, dueOn: '2026-12-18' })).toEqual({
      kind: 'PROTOCOL_DUE',
      fireOn: '2026-12-18',
      key: 'PROTOCOL_DUE:Protocol:3:2026-12-18'
    });
  });
});

describe('protocol and report dates', () => {
  it("the protocol within the office's 1/2/3 working days, over the holiday", () => {
    expect(protocolDue(KZ, '2026-12-15', 1).toString()).toBe('2026-12-17');
    expect(protocolDue(KZ, '2026-12-15', 2).toString()).toBe('2026-12-18');
    expect(protocolDue(KZ, '2026-12-15', 3).toString()).toBe('2026-12-21');
  });
  it('the quarterly report by the 20th of the month after the quarter', () => {
    expect(quarterReportDue(KZ, 2026, 3).toString()).toBe('2026-10-20');
    expect(quarterReportDue(KZ, 2026, 4).toString()).toBe('2027-01-20');
    expect(quarterRange(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });
  it('weeks run Monday to Sunday; item numbers sort as numbers', () => {
    expect(weekOf('2026-12-17')).toEqual({ from: '2026-12-14', to: '2026-12-20' });
    expect(['2', '1.10', '1.2', '10', '1'].sort(compareItemNumbers)).toEqual(['1', '1.2', '1.10', '2', '10']);
  });
});

describe('documents', () => {
  const named = (kk: string, ru: string) => ({ nameKk: kk, nameRu: ru });
  const data = {
    kind: 'RECEPTION' as const,
    office: named('Демо әкімдігі', 'Демо акимат'),
    regNo: '15-04/112',
    regDate: '2026-12-17',
    heldOn: '2026-12-15',
    chairName: 'Сәрсенов Қ. Ә.',
    chairPosition: named('Әкімнің орынбасары', 'Заместитель акима'),
    attendees: [
      { ...named('Аппарат басшысы', 'Руководитель аппарата'), present: true },
      { ...named('Заң бөлімі', 'Юротдел'), present: false }
    ],
    controller: 'Өтініштер бөлімі',
    items: [
      { position: 1, applicantName: 'Жақсыбекова Әсел', substance: 'Жол жөндеу', decision: 'Тапсырма берілді' },
      { position: 2, applicantName: 'Иванов Сергей', substance: 'Кровля', decision: 'Түсіндірілді' }
    ],
    assignments: [
      {
        itemPosition: 1,
        number: '1.2',
        content: 'Жауап беру',
        lead: named('ТКШ бөлімі', 'Отдел ЖКХ'),
        co: [],
        deadline: '2027-01-15',
        onControl: true,
        appealRegNo: 'ЖТ-12'
      },
      {
        itemPosition: 1,
        number: '1.1',
        content: 'Жолды жөндеу',
        lead: named('ТКШ бөлімі', 'Отдел ЖКХ'),
        co: [named('Құрылыс бөлімі', 'Отдел строительства')],
        deadline: '2026-12-30',
        onControl: true,
        appealRegNo: null
      }
    ],
    drawnUpBy: 'Әлиева Ғ.'
  };
  it('a protocol numbers items 1, 1.1 and writes dates in words, in one language', () => {
    const kk = protocolDocument(data, 'kk');
    const text = (kk.sections[0] as { text: string[] }).text;
    expect(text[0]).toBe('1. Жақсыбекова Әсел — Жол жөндеу');
    expect(text[2]).toMatch(
      /^1\.1\. Жолды жөндеу\. Орындаушы: ТКШ бөлімі; бірлесіп орындаушылар: Құрылыс бөлімі; мерзімі: 2026 жылғы 30 желтоқсан\.$/
    );
    expect(text[3]).toContain('«жеке қабылдаудан»');
    expect(kk.subtitle).toContain('2026 жылғы 17 желтоқсан');
    expect(kk.facts.find(([k]) => k === 'Қатыспағандар')![1]).toBe('Заң бөлімі');
    const ru = protocolDocument(data, 'ru');
    expect(JSON.stringify(ru)).not.toMatch(/Орындаушы|желтоқсан/);
    expect(JSON.stringify(ru)).toContain('30 декабря 2026 года');
    expect(JSON.stringify(ru)).toContain('с личного приёма');
  });
  it('the weekly list has the nine columns of 000 ¶171 after the row number', () => {
    const doc = controlListDocument(
      {
        office: data.office,
        from: '2026-12-14',
        to: '2026-12-20',
        drawnUpBy: 'X',
        rows: [
          {
            sourceKind: 'RECEPTION_PROTOCOL',
            sourceRef: '15-04/112',
            givenOn: '2026-12-15',
            number: '1.1',
            content: 'Жолды жөндеу',
            executors: [{ lead: true, ...named('ТКШ', 'ЖКХ') }],
            deadline: '2027-01-20',
            firstDeadline: '2026-12-30',
            extensions: 1,
            state: 'OPEN',
            removedOn: null,
            removalGround: null,
            reportedOn: null,
            fromReception: true,
            light: 'green'
          }
        ]
      },
      'kk'
    );
    const table = (doc.sections[0] as { table: { columns: unknown[]; rows: string[][] } }).table;
    expect(table.columns).toHaveLength(10);
    expect(table.rows[0][8]).toBe('1 рет ұзартылды (бастапқы мерзімі 2026 жылғы 30 желтоқсан)');
    expect(table.rows[0][9]).toBe('жеке қабылдаудан');
  });
  it('the quarterly report counts by source', () => {
    const rows = [
      {
        issuer: 'AKIM',
        givenOn: '2026-10-05',
        deadline: '2026-11-05',
        state: 'REMOVED',
        reportedOn: '2026-11-01',
        removedOn: '2026-11-06',
        extensions: 0
      },
      {
        issuer: 'AKIM',
        givenOn: '2026-10-05',
        deadline: '2026-11-05',
        state: 'REPORTED',
        reportedOn: '2026-11-10',
        removedOn: null,
        extensions: 1
      },
      {
        issuer: 'AKIM',
        givenOn: '2026-12-01',
        deadline: '2026-12-10',
        state: 'OPEN',
        reportedOn: null,
        removedOn: null,
        extensions: 0
      },
      {
        issuer: 'AKIM',
        givenOn: '2026-12-01',
        deadline: '2027-02-10',
        state: 'OPEN',
        reportedOn: null,
        removedOn: null,
        extensions: 0
      },
      {
        issuer: 'PRESIDENT',
        givenOn: '2026-06-01',
        deadline: '2026-07-01',
        state: 'REMOVED',
        reportedOn: '2026-06-20',
        removedOn: '2026-07-02',
        extensions: 0
      },
      {
        issuer: 'AKIM',
        givenOn: '2026-10-05',
        deadline: '2026-11-05',
        state: 'INFO',
        reportedOn: null,
        removedOn: null,
        extensions: 0
      }
    ];
    const lines = bySource(rows, '2026-10-01', '2026-12-31');
    expect(lines.find((l) => l.issuer === 'AKIM')).toEqual({
      issuer: 'AKIM',
      total: 4,
      removed: 1,
      onTime: 1,
      late: 1,
      inWork: 1,
      overdue: 1,
      extended: 1
    });
    expect(lines.find((l) => l.issuer === 'PRESIDENT')!.total).toBe(0);
  });
});

describe('how promptly protocols were drawn up (000 ¶92)', () => {
  it('on time, late, overdue, still in time', () => {
    expect(promptness({ dueOn: '2026-12-17', signedOn: '2026-12-17' }, '2026-12-21')).toBe('on_time');
    expect(promptness({ dueOn: '2026-12-17', signedOn: '2026-12-18' }, '2026-12-21')).toBe('late');
    expect(promptness({ dueOn: '2026-12-17', signedOn: null }, '2026-12-18')).toBe('overdue');
    expect(promptness({ dueOn: '2026-12-17', signedOn: null }, '2026-12-17')).toBe('in_time');
  });

  it('one document per language, a line per protocol, the totals named', () => {
    const lines = [
      {
        heldOn: '2026-12-14',
        kind: 'RECEPTION' as const,
        chair: 'Сейітқали Ә.',
        dueOn: '2026-12-15',
        regNo: '15-04/1',
        regDate: '2026-12-15',
        signedOn: '2026-12-15'
      },
      {
        heldOn: '2026-12-15',
        kind: 'ORAL' as const,
        chair: 'Өтегенов Қ.',
        dueOn: '2026-12-18',
        regNo: '',
        regDate: null,
        signedOn: null
      }
    ];
    const d = {
      office: { nameKk: 'Ақтау қаласының әкімдігі', nameRu: 'Акимат города Актау' },
      from: '2026-12-14',
      to: '2026-12-20',
      today: '2026-12-21',
      lines,
      drawnUpBy: 'Ержанова Г.'
    };
    const kk = protocolsReportDocument(d, 'kk');
    const ru = protocolsReportDocument(d, 'ru');
    const table = (doc: typeof kk) => (doc.sections[0] as { table: { rows: string[][] } }).table.rows;
    expect(table(kk)[0]).toContain('Мерзімінде ресімделді');
    expect(table(kk)[1]).toContain('Ресімделмеген, мерзімі өтті');
    expect(table(ru)[1]).toContain('Не оформлен, срок истёк');
    expect(table(ru)[0][5]).toMatch(/^№ 15-04\/1, 15 декабря 2026/);
    expect(JSON.stringify(ru)).not.toMatch(/Мерзімінде|Ауызша|Барлығы/);
    expect(kk.fileName).toBe('protocols-week-2026-12-14-kk');
  });
});

describe('a number before a noun (issue 21: «продлено 2 раза»)', () => {
  it('follows each language’s plural rules, from the message catalogue', () => {
    const ru = [1, 2, 4, 5, 11, 21, 22, 25].map(
      (n) => m.doc_w_extended({ count: n, first: '…' }, { locale: 'ru' }).split(' (')[0]
    );
    expect(ru).toEqual([
      'продлено 1 раз',
      'продлено 2 раза',
      'продлено 4 раза',
      'продлено 5 раз',
      'продлено 11 раз',
      'продлено 21 раз',
      'продлено 22 раза',
      'продлено 25 раз'
    ]);
    expect(m.doc_w_extended({ count: 3, first: '…' }, { locale: 'kk' }).split(' (')[0]).toBe('3 рет ұзартылды');
  });
});

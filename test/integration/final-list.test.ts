import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../server/auth/sessions';
import { receptionReader } from '../../server/reception/access';
import { applicationStep } from '../../server/reception/application-steps';
import { registerApplication, type ApplicationInput } from '../../server/reception/applications';
import { finalListFile } from '../../server/reception/final-list';
import { generateSessions, monthView, saveOfficial, scheduleStep } from '../../server/reception';
import { PROVIDERS, refusal, startHarness, type Harness } from './harness';

const KAZAKH = ['Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ', 'І', 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'];
const docxText = (buf: Buffer) =>
  strFromU8(unzipSync(new Uint8Array(buf))['word/document.xml'])
    .replace(/<w:p[ >]/g, '\n$&')
    .replace(/<[^>]+>/g, '');
function pdfText(buf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'q-pdf-')), 'list.pdf');
  writeFileSync(file, buf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** The final list read back as an office would: the words, every Kazakh letter, one language per file. */
describe.each(PROVIDERS)('final list documents on %s', (provider) => {
  let h: Harness;
  let appeals: SessionUser;
  let sessionId: number;
  beforeAll(async () => {
    h = await startHarness(provider);
    h.setNow(new Date('2026-12-01T05:00:00Z'));
    appeals = await h.staff('appeals');
    const head = await h.staff('head');
    await h.db.office.update({
      where: { id: h.office.id },
      data: {
        attendeeTemplate: JSON.stringify([
          { nameKk: 'Заң қызметінің басшысы', nameRu: 'Руководитель юридической службы' }
        ])
      }
    });
    const room = await h.db.window.findFirstOrThrow({ where: { officeId: h.office.id, kind: 'ROOM' } });
    const official = await saveOfficial(h.ctx, appeals, null, {
      fullName: 'Сәрсенов Қайрат Әбенұлы',
      positionKk: 'Әкімнің орынбасары',
      positionRu: 'Заместитель акима',
      userId: null,
      roomId: room.id,
      active: true,
      sortOrder: 0,
      sameDay: false
    });
    await generateSessions(
      h.ctx,
      appeals,
      '2026-12',
      { weekday: 4, weeks: [2], startsAt: '10:00', endsAt: '12:00' },
      { officialId: official.id, roomId: room.id, placeKk: '', placeRu: '', type: 'REGULAR', slotMinutes: 20 }
    );
    await scheduleStep(h.ctx, appeals, '2026-12', 'submit');
    await scheduleStep(h.ctx, head, '2026-12', 'approve');
    sessionId = (await monthView(h.ctx, await receptionReader(h.db, appeals), '2026-12')).sessions[0].id;
    const base: Omit<ApplicationInput, 'surname' | 'givenName' | 'iin' | 'substance' | 'category'> = {
      patronymic: '',
      phone: '',
      address: '',
      language: 'kk',
      applicantKind: 'SELF',
      representedName: '',
      authorityDoc: '',
      foreigner: false,
      interpreterNeeded: false,
      channel: 'PAPER',
      externalRegNo: '',
      externalRegDate: null,
      receivedAt: null,
      requestedOfficialId: null
    };
    const people: Array<[string, string, string, string, string | null]> = [
      ['Жақсыбекова', 'Әсел', '851231450672', 'Ғимаратқа кіреберіс: Ә Ғ Қ Ң Ө Ұ Ү Һ І, ә ғ қ ң ө ұ ү һ і', null],
      ['Иванов', 'Сергей', '900101300126', 'Ремонт кровли дома № 12', 'LABOUR_VETERAN']
    ];
    for (const [surname, givenName, iin, substance, category] of people) {
      const { id } = await registerApplication(h.ctx, appeals, {
        ...base,
        surname,
        givenName,
        iin,
        substance,
        category
      });
      await applicationStep(h.ctx, appeals, id, { action: 'review' });
      await applicationStep(h.ctx, appeals, id, { action: 'schedule', sessionId });
    }
  });
  afterAll(() => h?.close());

  it('DOCX and PDF in Kazakh hold the names, the issues, the invitees and every Kazakh letter — and no Russian title', async () => {
    const reader = await receptionReader(h.db, appeals);
    for (const format of ['docx', 'pdf'] as const) {
      const { body, fileName } = await finalListFile(h.ctx, reader, sessionId, 'kk', format);
      expect(fileName).toBe(`final-list-2026-12-10-kk.${format}`);
      // Whitespace as one space: a title may wrap onto two lines.
      const text = (format === 'docx' ? docxText(body) : pdfText(body)).replace(/\s+/g, ' ');
      expect(text).toContain('Жеке қабылдауға жазылған азаматтардың қорытынды тізімі');
      expect(text).toContain('2026 жылғы 10 желтоқсан');
      expect(text).toContain('Жақсыбекова Әсел');
      expect(text).toContain('Заң қызметінің басшысы');
      for (const letter of KAZAKH) expect(text, `${format}: ${letter}`).toContain(letter);
      expect(text).not.toContain('Итоговый список');
      // Out of turn first (003 ¶12): the labour veteran, booked second, is listed first.
      expect(text.indexOf('Иванов')).toBeLessThan(text.indexOf('Жақсыбекова'));
      // Due 1 working day before Thursday 10 December: Wednesday 9 December.
      expect(text).toContain('2026 жылғы 9 желтоқсан');
    }
  });

  it('the Russian file is Russian only', async () => {
    const { body } = await finalListFile(h.ctx, await receptionReader(h.db, appeals), sessionId, 'ru', 'pdf');
    const text = pdfText(body).replace(/\s+/g, ' ');
    expect(text).toContain('Итоговый список граждан, записанных на личный приём');
    expect(text).toContain('10 декабря 2026 года');
    expect(text).toContain('Руководитель юридической службы');
    expect(text).not.toContain('қорытынды тізімі');
  });

  it('is logged, and refused to other offices and to officials of other sessions', async () => {
    const before = await h.db.auditLog.count({ where: { action: 'finallist.download' } });
    await finalListFile(h.ctx, await receptionReader(h.db, appeals), sessionId, 'ru', 'docx');
    expect(await h.db.auditLog.count({ where: { action: 'finallist.download' } })).toBe(before + 1);
    const elsewhere = await h.db.office.create({ data: { code: `fl-${provider}`, nameKk: 'Б', nameRu: 'Б' } });
    const stranger = await h.staff('appeals', elsewhere.id);
    expect(await refusal(finalListFile(h.ctx, await receptionReader(h.db, stranger), sessionId, 'kk', 'pdf'))).toBe(
      'unknown_session'
    );
    const otherOfficial = await h.staff('official');
    expect(
      await refusal(finalListFile(h.ctx, await receptionReader(h.db, otherOfficial), sessionId, 'kk', 'pdf'))
    ).toBe('unknown_session');
  });
});

import readXlsx from 'read-excel-file/node';
import writeXlsx from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../server/auth/sessions';
import { receptionReader } from '../../server/reception/access';
import { exportRegister, importRegister } from '../../server/reception/register-io';
import { iinCheckDigit } from '../../server/reception/rules/iin';
import { strFromU8, unzipSync } from 'fflate';
import { PROVIDERS, refusal, startHarness, type Harness } from './harness';

const HEAD = 'receivedAt,channel,externalRegNo,surname,givenName,patronymic,iin,language,category,substance';
const CSV = [
  HEAD,
  '2026-11-02 10:15,EOTINISH,ЖТ-501,Әбдірахманова,Гүлшат,Қайратқызы,851231450672,kk,,"Ғимаратқа пандус: Ә Ғ Қ Ң Ө Ұ Ү Һ І"',
  '2026-11-03,PAPER,ЖТ-502,Петров,Олег,,900101300126,ru,LABOUR_VETERAN,"Ремонт дороги, ул. Абая"',
  '2026-11-04T16:00:00+05:00,PORTAL,,Серікбаев,Нұрлан,,750607400011,kk,,Жұмысқа орналасу'
].join('\n');

/** The register in and out: CSV and XLSX with the documented columns, all or nothing, logged. */
describe.each(PROVIDERS)('register import and export on %s', (provider) => {
  let h: Harness;
  let appeals: SessionUser;
  beforeAll(async () => {
    h = await startHarness(provider);
    h.setNow(new Date('2026-11-20T05:00:00Z'));
    appeals = await h.staff('appeals');
  });
  afterAll(() => h?.close());

  it('imports a CSV from E-Otinish, registering each row by 003 ¶25; the same file again changes nothing', async () => {
    const r = await importRegister(h.ctx, appeals, Buffer.from(`\uFEFF${CSV}`), 'csv');
    expect(r).toEqual({ imported: 3, skipped: [] });
    const apps = await h.db.application.findMany({ orderBy: { number: 'asc' } });
    expect(apps.map((a) => [a.surname, a.registeredOn, a.channel])).toEqual([
      ['Әбдірахманова', '2026-11-02', 'EOTINISH'],
      ['Петров', '2026-11-03', 'PAPER'],
      ['Серікбаев', '2026-11-04', 'PORTAL']
    ]);
    expect(apps[1].category).toBe('LABOUR_VETERAN');
    expect(apps[0].substance).toContain('Ә Ғ Қ Ң Ө Ұ Ү Һ І');
    // Rows with an E-Otinish number already in the register are skipped; one without is new.
    const again = await importRegister(h.ctx, appeals, Buffer.from(CSV.split('\n').slice(0, 3).join('\n')), 'csv');
    expect(again).toEqual({ imported: 0, skipped: [2, 3] });
    expect(await h.db.application.count()).toBe(3);
  });

  it('refuses the whole file when one row is wrong, naming it; refuses what is not a register file', async () => {
    const before = await h.db.application.count();
    const bad = `${HEAD}\n2026-11-05,PAPER,ЖТ-601,Ақан,Сері,,800101310402,kk,,Мәселе\n2026-11-05,PAPER,ЖТ-602,Біржан,Сал,,800101310403,kk,,Мәселе`;
    const err = await importRegister(h.ctx, appeals, Buffer.from(bad), 'csv').catch((e) => e);
    expect(err.code).toBe('import_invalid');
    expect(err.params).toMatchObject({ count: 1, row: 3, column: 'iin' });
    expect(await refusal(importRegister(h.ctx, appeals, Buffer.from('name,phone\nA,1'), 'csv'))).toBe('import_format');
    expect(await refusal(importRegister(h.ctx, appeals, Buffer.from('not a spreadsheet'), 'xlsx'))).toBe(
      'import_format'
    );
    const channelBad = `${HEAD}\n2026-11-05,FAX,,Ақан,Сері,,800101310402,kk,,Мәселе`;
    expect(await refusal(importRegister(h.ctx, appeals, Buffer.from(channelBad), 'csv'))).toBe('import_invalid');
    expect(await h.db.application.count()).toBe(before);
    expect(await refusal(importRegister(h.ctx, await h.staff('head'), Buffer.from(CSV), 'csv'))).toBe('forbidden');
  });

  it('imports XLSX as well', async () => {
    const [head, ...rows] = `${HEAD}\n2026-11-06 11:00,PAPER,ЖТ-701,Төлеген,Айгерім,,600702203456,kk,,Көше жарығы`
      .split('\n')
      .map((l) => l.split(','));
    const file = await writeXlsx([
      head.map((value) => ({ value })),
      ...rows.map((r) => r.map((value) => ({ value })))
    ]).toBuffer();
    expect(await importRegister(h.ctx, appeals, file, 'xlsx')).toEqual({ imported: 1, skipped: [] });
  });

  it('exports CSV (with a BOM) and XLSX with every documented column, Kazakh letters intact; logged', async () => {
    const reader = await receptionReader(h.db, appeals);
    const csv = await exportRegister(h.ctx, reader, {}, 'csv');
    const text = csv.body.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\n')[0].slice(1)).toBe(
      'number,registeredOn,receivedAt,channel,externalRegNo,externalRegDate,surname,givenName,patronymic,iin,phone,address,language,applicantKind,representedName,authorityDoc,foreigner,interpreterNeeded,category,requestedOfficial,substance,state,sessionDate,slotTime,official,answeredOn,refusalGround,forwardedTo'
    );
    expect(text).toContain('Әбдірахманова');
    const sheet = (await readXlsx((await exportRegister(h.ctx, reader, { q: 'Әбдір' }, 'xlsx')).body))[0].data;
    expect(sheet.length).toBe(2);
    expect(sheet[1][6]).toBe('Әбдірахманова');
    expect(String(sheet[1][20])).toContain('Ә Ғ Қ Ң Ө Ұ Ү Һ І');
    expect(await h.db.auditLog.count({ where: { action: 'application.export' } })).toBe(2);
    expect(
      await refusal(exportRegister(h.ctx, await receptionReader(h.db, await h.staff('official')), {}, 'csv'))
    ).toBe('forbidden');
  });

  it('writes cells that look like formulas as text — CSV with an apostrophe, XLSX as strings — and reads them back as typed', async () => {
    const first11 = [9, 0, 0, 2, 0, 2, 3, 0, 0, 7, 7];
    const iin = `${first11.join('')}${iinCheckDigit(first11)}`;
    const attack = '=HYPERLINK("http://x.example/","Ашу")';
    const file = `${HEAD}\n2026-11-05,PAPER,ЖТ-777,-Формулова,Айгүл,,${iin},kk,,"${attack.replace(/"/g, '""')}"`;
    expect(await importRegister(h.ctx, appeals, Buffer.from(file), 'csv')).toEqual({ imported: 1, skipped: [] });
    const reader = await receptionReader(h.db, appeals);
    const csv = (await exportRegister(h.ctx, reader, { q: iin }, 'csv')).body.toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://x.example/"",""Ашу"")"`);
    expect(csv).toContain(`,'-Формулова,`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
    // XLSX: no formula anywhere, the cell holds the text as typed.
    const xlsx = (await exportRegister(h.ctx, reader, { q: iin }, 'xlsx')).body;
    const sheetXml = strFromU8(unzipSync(new Uint8Array(xlsx))['xl/worksheets/sheet1.xml']);
    expect(sheetXml).not.toContain('<f>');
    const rows = (await readXlsx(xlsx))[0].data;
    expect(rows[1][20]).toBe(attack);
    expect(rows[1][6]).toBe('-Формулова');
    // The exported CSV imports as it was typed (the same application: skipped, not a second one).
    const back = await importRegister(h.ctx, appeals, Buffer.from(csv), 'csv');
    expect(back.imported).toBe(0);
    const stored = await h.db.application.findFirstOrThrow({ where: { iin } });
    expect(stored.substance).toBe(attack);
    expect(stored.surname).toBe('-Формулова');
  });
});

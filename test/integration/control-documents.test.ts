import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsx from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReceptionDemo } from '../../prisma/seed-reception';
import { seedControlDemo } from '../../prisma/seed-control';
import type { SessionUser } from '../../server/auth/sessions';
import { controlListFile, protocolFile, protocolsReportFile, quarterReportFile } from '../../server/control/documents';
import { weekOf } from '../../server/control/rules/terms';
import { startHarness, type Harness } from './harness';

const LETTERS = ['Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ', 'І', 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'];

/** Every generated file opens in LibreOffice (as an office would) and reads back with its Kazakh letters. */
function throughLibreOffice(body: Buffer, ext: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'q-lo-'));
  const file = join(dir, `doc.${ext}`);
  writeFileSync(file, body);
  execFileSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, file],
    { stdio: 'ignore', timeout: 120_000 }
  );
  return execFileSync('pdftotext', [join(dir, 'doc.pdf'), '-'], { encoding: 'utf8' });
}

describe('control documents in LibreOffice', () => {
  let h: Harness;
  let appeals: SessionUser;
  const now = new Date();
  beforeAll(async () => {
    h = await startHarness('sqlite');
    await seedReceptionDemo(h.db, now);
    await seedControlDemo(h.db, now);
    h.setNow(now);
    const u = await h.db.user.findUniqueOrThrow({ where: { login: 'appeals' } });
    appeals = {
      id: u.id,
      login: u.login,
      fullName: u.fullName,
      role: 'appeals',
      officeId: u.officeId,
      officeIds: [u.officeId!],
      locale: 'kk',
      unitId: null
    };
  });
  afterAll(() => h.close());

  it(
    'the protocol (DOCX), the weekly list (DOCX, XLSX), the protocols’ promptness (DOCX) and a quarterly report (XLSX) open and keep every letter',
    { timeout: 300_000 },
    async () => {
      const protocol = await h.db.protocol.findFirstOrThrow({ where: { state: 'SIGNED' } });
      // One assignment names every Kazakh letter, so each must survive every file.
      const first = await h.db.assignment.findFirstOrThrow({
        where: { protocolId: protocol.id },
        orderBy: { id: 'asc' }
      });
      await h.db.assignment.update({
        where: { id: first.id },
        data: { content: `${first.content}: Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і` }
      });
      // The held reception still waiting for its protocol is in the week's promptness report (000 ¶92).
      const waiting = await h.db.receptionSession.findFirstOrThrow({
        where: { protocol: null, applications: { some: { state: 'RECEIVED' } } },
        include: { official: true }
      });
      const files = [
        {
          f: await protocolsReportFile(h.ctx, appeals, weekOf(waiting.date), 'kk', 'docx'),
          ext: 'docx',
          expect: ['Хаттамалардың уақтылы ресімделуі', waiting.official.fullName, 'Жеке қабылдау']
        },
        {
          f: await protocolFile(h.ctx, appeals, protocol.id, 'kk', 'docx'),
          ext: 'docx',
          expect: ['Азаматтарды жеке қабылдау хаттамасы', '1.1.', 'жылғы']
        },
        {
          f: await controlListFile(h.ctx, appeals, weekOf(now.toISOString().slice(0, 10)), 'kk', 'docx'),
          ext: 'docx',
          expect: ['Бақылаудағы тапсырмалардың апталық тізбесі', 'Мұнайлы']
        },
        {
          f: await controlListFile(h.ctx, appeals, weekOf(now.toISOString().slice(0, 10)), 'kk', 'xlsx'),
          ext: 'xlsx',
          expect: ['Тапсырманың мазмұны', 'Құрылыс бөлімі']
        },
        {
          f: await quarterReportFile(
            h.ctx,
            appeals,
            'sources',
            now.getFullYear(),
            (Math.floor(now.getMonth() / 3) + 1) as 1,
            'kk',
            'xlsx'
          ),
          ext: 'xlsx',
          expect: ['Тапсырма көзі', 'Үкімет']
        }
      ];
      let all = '';
      for (const { f, ext, expect: words } of files) {
        const text = throughLibreOffice(f.body, ext);
        for (const w of words) expect(text.replace(/\s+/g, ' ')).toContain(w);
        all += text;
      }
      for (const letter of LETTERS) expect(all).toContain(letter);
      // The rooms' report carries the demo applicants' phone answers (5 and 4) as the official's satisfaction (003 ¶38, ¶40).
      const heldOn = (await h.db.receptionSession.findFirstOrThrow({ where: { protocol: { state: 'SIGNED' } } })).date;
      const [y, mo] = heldOn.split('-').map(Number);
      const rooms = await quarterReportFile(h.ctx, appeals, 'rooms', y, Math.ceil(mo / 3) as 1, 'ru', 'xlsx');
      expect((await readXlsx(rooms.body)).at(0)!.data.flat().join(' ')).toContain('4.5');
      const ru = throughLibreOffice((await protocolFile(h.ctx, appeals, protocol.id, 'ru', 'docx')).body, 'docx');
      expect(ru).toContain('Протокол личного приёма граждан');
      expect(ru).not.toContain('хаттамасы');
    }
  );
});

import { expect, test } from '@playwright/test';
import { expectAccessible, open, signIn } from './helpers';

/**
 * axe-core on every staff page, signed in as the role that uses it: no serious or critical
 * violation and a <title> on each (runs last: the demo data has been through every other test).
 * The browser speaks en-US, and no page shows a raw code or a Latin identifier: only the names
 * below, file formats, and what the administrator typed into the tables of the admin page.
 */
const LATIN_ALLOWED = new Set([
  'Qabyldau',
  'DOCX',
  'PDF',
  'XLSX',
  'CSV',
  'WAV',
  'OGG',
  'MP3',
  'WebM',
  'FLAC',
  'QR',
  'QR-',
  'IP',
  'IP-',
  'TCP',
  'eGov',
  'E-Otinish',
  'Call-',
  'WhatsApp',
  'DOCXPDFXLSX',
  // The address an unpaired screen is opened with (…/kiosk/demo?pair), named in the hint, and a
  // printer's device path as the address field's example.
  'pair',
  'dev/usb/lp0',
  // The window console's keys, named in its line of shortcuts (N, F, R, S, X on the keyboard).
  'N',
  'F',
  'R',
  'S',
  'X',
  // Quarters are numbered in Roman numerals, as official documents write them («IV квартал»).
  'I',
  'II',
  'III',
  'IV'
]);
const PAGES: Array<[string, string[]]> = [
  [
    'admin',
    [
      '/staff/admin',
      '/staff/admin/voice',
      '/staff/admin/devices',
      '/staff/audit',
      '/staff/calendar',
      '/staff/deadlines',
      '/staff/survey',
      '/staff/statistics/live'
    ]
  ],
  ['specialist', ['/staff', '/staff/window/1']],
  ['registrar', ['/staff/desk']],
  ['official', ['/staff/reception/room']],
  [
    'appeals',
    [
      '/staff/reception',
      '/staff/reception/new',
      '/staff/reception/applications/1',
      '/staff/reception/schedule',
      '/staff/control',
      '/staff/control/protocols',
      '/staff/control/units',
      '/staff/control/new',
      '/staff/notifications',
      '/staff/statistics/reception',
      '/staff/statistics/control'
    ]
  ],
  ['head', ['/staff/control/dashboard', '/staff/control/assignments/1', '/staff/statistics']]
];

for (const [login, paths] of PAGES)
  for (const lang of ['kk', 'ru'] as const)
    test(`every ${login} page is accessible and titled (${lang})`, async ({ browser }) => {
      const page = await signIn(browser, login, lang, { locale: 'en-US' });
      for (const path of paths) {
        await open(page, path);
        expect((await page.title()).length, `${path} has a title`).toBeGreaterThan(3);
        await expectAccessible(page, `${path} (${lang})`);
        const latin = await page.evaluate((admin) => {
          // Data the administrator keeps (codes, logins, addresses) is shown as typed: the admin
          // page's table cells; in the audit log the login under a name and the values an
          // administrator typed (quoted), while the fields and choices of a change are in words.
          // A shortcut's key is a key of the keyboard (<kbd>N</kbd>).
          const skip = document.querySelectorAll(admin ? 'main td, kbd' : 'td small, kbd, td.detail q.typed');
          const hidden = [...skip].map((el) => el as HTMLElement);
          hidden.forEach((el) => (el.dataset.sweep = el.style.visibility || 'x'));
          hidden.forEach((el) => (el.style.visibility = 'hidden'));
          const text = document.body.innerText;
          hidden.forEach((el) => (el.style.visibility = el.dataset.sweep === 'x' ? '' : el.dataset.sweep!));
          return [...new Set(text.match(/[A-Za-z][A-Za-z0-9_.@:/-]*/g) ?? [])];
        }, path === '/staff/admin');
        expect(
          latin.filter((w) => !LATIN_ALLOWED.has(w)),
          `${path} (${lang}) shows no raw code`
        ).toEqual([]);
      }
    });

import { expect, test } from '@playwright/test';
import { expectAccessible, open, signIn } from './helpers';

/**
 * axe-core on every staff page, signed in as the role that uses it: no serious or critical
 * violation and a <title> on each (runs last: the demo data has been through every other test).
 */
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
      '/staff/survey'
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
      '/staff/notifications'
    ]
  ],
  ['head', ['/staff/control/dashboard', '/staff/control/assignments/1']]
];

for (const [login, paths] of PAGES)
  for (const lang of ['kk', 'ru'] as const)
    test(`every ${login} page is accessible and titled (${lang})`, async ({ browser }) => {
      const page = await signIn(browser, login, lang);
      for (const path of paths) {
        await open(page, path);
        expect((await page.title()).length, `${path} has a title`).toBeGreaterThan(3);
        await expectAccessible(page, `${path} (${lang})`);
      }
    });

import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { BUILD_CLOCK } from '../../playwright.config';
import { open, signIn } from './helpers';

/**
 * The product comes alive whatever second its build starts (issue 19). This suite's own build ran on
 * a clock sixty times fast that started two seconds before a minute (playwright.config.ts), so each
 * reading of the build's configuration fell in another minute. The client and the server must still
 * be one version, and the kiosk, the board and the console must hydrate with no page error.
 */

test('the build made across minutes is one version, and every client comes alive', async ({ browser, request }) => {
  expect(BUILD_CLOCK, 'faketime (Debian package) runs the build on a fast clock').toContain('x60');
  const client = JSON.parse(readFileSync('build/client/_app/version.json', 'utf8')).version as string;
  const served = (await (await request.get('/_app/version.json')).json()).version as string;
  expect(served).toBe(client);

  const errors: string[] = [];
  const watch = (p: Page) => p.on('pageerror', (e) => errors.push(`${p.url()}: ${e.message}`));

  // An unpaired kiosk reports its version with its pairing code; the server answers with its own.
  const kiosk = await (await browser.newContext({ viewport: { width: 1080, height: 1920 } })).newPage();
  watch(kiosk);
  const reported = kiosk.waitForRequest((r) => r.url().endsWith('/api/v1/devices/heartbeat'));
  await open(kiosk, '/kiosk/demo?pair');
  const heartbeat = await reported;
  expect(heartbeat.postDataJSON().version).toBe(client);
  expect((await (await heartbeat.response())!.json()).serverVersion).toBe(client);

  // The kiosk's buttons work: a language, then its services.
  await open(kiosk, '/kiosk/demo');
  await kiosk.getByRole('button', { name: 'Русский' }).click();
  await expect(kiosk.getByText('Совет об услугах, документах и подаче обращений')).toBeVisible();

  const board = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  watch(board);
  await open(board, '/display/demo?voice=off');
  await expect(board.getByTestId('clock')).toHaveText(/^\d\d:\d\d$/);

  const staff = await signIn(browser, 'specialist');
  watch(staff);
  await expect(staff.locator('button[data-window]').first()).toBeVisible();
  expect(errors).toEqual([]);
});

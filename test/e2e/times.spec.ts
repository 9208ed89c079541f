import { expect, test, type Browser } from '@playwright/test';
import { open, signIn } from './helpers';

/**
 * Every time a person reads is in the office's zone (Asia/Almaty for the demo, five hours from UTC),
 * whatever the browser's own zone and locale: here en-US in UTC, as a machine set up in a hurry
 * would be (issue 19: notifications, assignment history and the audit log showed UTC or the
 * browser's zone).
 */

const OFFICE_ZONE = 'Asia/Almaty';
const hhmm = (at: string | Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(
    new Date(at)
  );

/** A machine set up in a hurry: en-US, UTC. */
const staffInUtc = (browser: Browser, login: string, lang: 'kk' | 'ru') =>
  signIn(browser, login, lang, { locale: 'en-US', timezoneId: 'UTC' });

test('the zone differs from UTC, so the check below can tell them apart', () => {
  const at = new Date('2026-12-02T05:07:00Z');
  expect(hhmm(at, OFFICE_ZONE)).not.toBe(hhmm(at, 'UTC'));
});

for (const lang of ['kk', 'ru'] as const) {
  test(`notifications, an assignment's history and the audit log show office time in a UTC browser (${lang})`, async ({
    browser
  }) => {
    const appeals = await staffInUtc(browser, 'appeals', lang);

    // Notifications: each as the API gives its instant, shown in the office's zone.
    const { items } = await (await appeals.request.get('/api/v1/notifications')).json();
    expect(items.length).toBeGreaterThan(0);
    await open(appeals, '/staff/notifications');
    const first = items[0] as { id: number; createdAt: string };
    const row = appeals.locator(`[data-notification="${first.id}"]`);
    await expect(row).toContainText(hhmm(first.createdAt, OFFICE_ZONE));
    if (hhmm(first.createdAt, OFFICE_ZONE) !== hhmm(first.createdAt, 'UTC'))
      await expect(row).not.toContainText(hhmm(first.createdAt, 'UTC'));

    // An assignment's history: its events' times.
    const { items: assignments } = await (await appeals.request.get('/api/v1/control/assignments?state=ALL')).json();
    const card = await (await appeals.request.get(`/api/v1/control/assignments/${assignments[0].id}`)).json();
    await open(appeals, `/staff/control/assignments/${assignments[0].id}`);
    const event = card.history[0] as { at: string };
    await expect(appeals.locator('main')).toContainText(hhmm(event.at, OFFICE_ZONE));

    // The audit log: the card just opened is its newest entry, at the office's "now".
    const head = await staffInUtc(browser, 'head', lang);
    const before = new Date();
    await open(appeals, '/staff/reception');
    await appeals.locator('table tbody tr a').first().click();
    await appeals.locator('dd.mono').first().waitFor();
    await open(head, '/staff/audit');
    const newest = head.locator('table tbody tr').first();
    const expected = [hhmm(before, OFFICE_ZONE), hhmm(new Date(), OFFICE_ZONE)];
    await expect(newest).toContainText(new RegExp(expected.join('|')));
    await expect(newest).not.toContainText(new RegExp(`\\b(${hhmm(before, 'UTC')}|${hhmm(new Date(), 'UTC')})\\b`));
  });
}

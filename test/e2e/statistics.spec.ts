import { expect, test } from '@playwright/test';
import { expectAccessible, SCREENSHOTS, signIn } from './helpers';

/**
 * The hall's statistics (issue 23) as the head reads them, on the demo's ninety days of history,
 * in an en-US browser: the page opened from the console's menu, the charts drawn, the table beside
 * each the API's figures, a service and a period chosen with the form's own controls.
 */
const WORDS = {
  kk: { from: 'Кезең, бастап', to: 'Кезең, дейін', service: 'Қызмет', show: 'Көрсету', week: 'Соңғы 7 күн' },
  ru: { from: 'Период, с', to: 'Период, по', service: 'Услуга', show: 'Показать', week: 'Последние 7 дней' }
} as const;

for (const lang of ['kk', 'ru'] as const)
  test(`the head reads the hall's statistics, filters by service and period (${lang})`, async ({ browser }) => {
    const w = WORDS[lang];
    const head = await signIn(browser, 'head', lang, { locale: 'en-US' });
    const errors: string[] = [];
    head.on('pageerror', (e) => errors.push(e.message));
    await head.getByRole('link', { name: 'Статистика' }).click();
    await expect(head.getByRole('heading', { level: 1 })).toHaveText('Статистика');
    await head.locator('body[data-hydrated]').waitFor();

    // The last thirty days by default: every chart drawn from the demo's history.
    for (const id of ['by-day', 'heat', 'by-hour'])
      await expect(head.locator(`[data-chart="${id}"] .chart svg path`).first()).toBeAttached();
    const from = await head.locator('input[name=from]').inputValue();
    const to = await head.locator('input[name=to]').inputValue();
    const api = await (await head.request.get(`/api/v1/statistics/hall?from=${from}&to=${to}`)).json();
    expect(api.figures.issued.total).toBeGreaterThan(500);
    await expect(head.locator('[data-figure=issued]')).toHaveText(String(api.figures.issued.total));
    await expect(head.locator('[data-figure=served]')).toHaveText(String(api.figures.served));
    // The table beside the chart of days says the API's numbers, day by day.
    const rows = head.locator('[data-chart="by-day"] tbody tr');
    await expect(rows).toHaveCount(api.byDay.length);
    const first = api.byDay[0];
    await expect(rows.first().locator('td').nth(1)).toHaveText(String(first.issued));
    await expect(rows.first().locator('td').nth(2)).toHaveText(String(first.served));
    // The heat map's table: Monday's ten o'clock as the API counts it.
    const tenOClock = head.locator('[data-chart="heat"] tbody tr').filter({ hasText: '10:00' });
    await expect(tenOClock.locator('td').first()).toHaveText(String(api.heatMap[0][10]));
    await expectAccessible(head, `statistics (${lang})`);
    await head.screenshot({ path: `${SCREENSHOTS}/statistics-${lang}.png`, fullPage: true });

    // One service, a period typed day first as the page's language writes it.
    await head.getByRole('combobox', { name: w.service, exact: true }).selectOption({ index: 2 });
    await head.getByLabel(w.from).fill('');
    await head.getByLabel(w.from).pressSequentially(`01.${to.slice(5, 7)}.${to.slice(0, 4)}`);
    await head.getByRole('button', { name: w.show }).click();
    await expect(head).toHaveURL(/serviceId=\d+/);
    const params = new URL(head.url()).searchParams;
    expect(params.get('from')).toBe(`${to.slice(0, 7)}-01`);
    const one = await (await head.request.get(`/api/v1/statistics/hall?${params}`)).json();
    await expect(head.locator('[data-figure=issued]')).toHaveText(String(one.figures.issued.total));
    expect(one.figures.issued.total).toBeLessThan(api.figures.issued.total);
    await expect(head.locator('[data-table="by-service"] tbody tr')).toHaveCount(1);

    // The last seven days, from the quick links.
    await head.getByRole('link', { name: w.week }).click();
    await expect(head.getByRole('link', { name: w.week })).toHaveAttribute('aria-current', 'true');
    expect(errors).toEqual([]);
  });

test('statistics are the head’s and the administrator’s, of their own office', async ({ browser }) => {
  const specialist = await signIn(browser, 'specialist', 'ru');
  expect((await specialist.request.get('/api/v1/statistics/hall')).status()).toBe(403);
  const response = await specialist.goto('/staff/statistics');
  expect(response?.status()).toBe(403);
  const admin = await signIn(browser, 'admin', 'kk');
  expect((await admin.request.get('/api/v1/statistics/hall?from=2026-12-02&to=2026-11-01')).status()).toBe(400);
});

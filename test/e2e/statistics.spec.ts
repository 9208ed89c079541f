import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import readXlsx from 'read-excel-file/node';
import { expectAccessible, SCREENSHOTS, signIn, takeWindow } from './helpers';

/**
 * The hall's statistics (issue 23) as the head reads them, on the demo's ninety days of history,
 * in an en-US browser: the page opened from the console's menu, the charts drawn, the table beside
 * each the API's figures, a service and a period chosen with the form's own controls.
 */
const WORDS = {
  kk: {
    from: 'Кезең, бастап',
    to: 'Кезең, дейін',
    service: 'Қызмет',
    show: 'Көрсету',
    week: 'Соңғы 7 күн',
    issued: 'Берілген талондар'
  },
  ru: {
    from: 'Период, с',
    to: 'Период, по',
    service: 'Услуга',
    show: 'Показать',
    week: 'Последние 7 дней',
    issued: 'Выдано талонов'
  }
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
    // The windows' time, pauses by reason, help calls, ratings and comments: the API's, in words.
    await expect(head.locator('[data-chart="window-time"] .chart svg path').first()).toBeAttached();
    await expect(head.locator('[data-chart="window-time"] tbody tr')).toHaveCount(api.windowTime.byWindow.length);
    await expect(head.locator('[data-table="pause-reasons"] tbody th').first()).toHaveText(
      lang === 'kk' ? 'Түскі үзіліс' : 'Обеденный перерыв'
    );
    await expect(head.locator('[data-table="help"] tbody tr').first().locator('td')).toHaveText(
      String(api.help.requests)
    );
    await expect(head.locator('[data-figure=rating]')).toHaveText(
      api.figures.satisfaction.average.toFixed(1).replace('.', ',')
    );
    await expect(head.locator('[data-table="comments"] tbody tr')).toHaveCount(api.comments.length);
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

    // The same figures downloaded from the page's own links, in the page's language, read back.
    const [xlsx] = await Promise.all([head.waitForEvent('download'), head.getByRole('link', { name: 'XLSX' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(new RegExp(`^hall-statistics-.*-${lang}\\.xlsx$`));
    const sheet = (await readXlsx(await xlsx.path())).at(0)!.data.map((r) => r.join(' | '));
    expect(sheet.join('\n')).toContain('Статистика');
    expect(sheet.find((r) => r.startsWith(w.issued))).toContain(String(one.figures.issued.total));
    expect(sheet.join('\n')).not.toContain(lang === 'kk' ? 'Выдано' : 'Берілген');
    const [pdf] = await Promise.all([head.waitForEvent('download'), head.getByRole('link', { name: 'PDF' }).click()]);
    const text = execFileSync('pdftotext', [await pdf.path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(w.issued);
    expect(text).toContain(String(one.figures.served));
    expect(text).toContain(lang === 'kk' ? 'Терезелердің жұмыс уақыты' : 'Время работы окон');
    // Each chart drawn into the PDF: days, the heat map, hours, the windows' time.
    expect(
      execFileSync('pdfimages', ['-list', await pdf.path()], { encoding: 'utf8' })
        .trim()
        .split('\n').length - 2
    ).toBe(4);

    // The last seven days, from the quick links.
    await head.getByRole('link', { name: w.week }).click();
    await expect(head.getByRole('link', { name: w.week })).toHaveAttribute('aria-current', 'true');

    // Printed on A4 (the browser's own print): no form, no tabs, every chart within the page's width.
    await head.emulateMedia({ media: 'print' });
    await head.setViewportSize({ width: 794, height: 1123 });
    await expect(head.locator('form.filters')).toBeHidden();
    await expect(
      head.getByRole('navigation', { name: lang === 'kk' ? 'Статистика бөлімдері' : 'Разделы статистики' })
    ).toBeHidden();
    const wide = await head
      .locator('[data-chart] .chart svg, [data-chart] table, [data-table] table')
      .evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().right > 794).length);
    expect(wide).toBe(0);
    await head.screenshot({ path: `${SCREENSHOTS}/statistics-print-${lang}.png`, fullPage: true });
    const printed = `${SCREENSHOTS}/statistics-print-${lang}.pdf`;
    await head.pdf({ path: printed, format: 'A4', printBackground: true });
    const info = execFileSync('pdfinfo', [printed], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
    expect(execFileSync('pdftotext', [printed, '-'], { encoding: 'utf8' })).toContain(w.issued);
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

test('the hall supervisor sees the hall now: a new ticket waiting, then a window calling it, without reloading (ru)', async ({
  browser
}) => {
  const admin = await signIn(browser, 'admin', 'ru', { locale: 'en-US' });
  const errors: string[] = [];
  admin.on('pageerror', (e) => errors.push(e.message));
  await admin.getByRole('link', { name: 'Зал сейчас' }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Зал сейчас');
  await admin.locator('body[data-hydrated]').waitFor();
  const consultation = admin.locator('tr[data-service]').filter({ hasText: 'Консультация' });
  const before = Number(await consultation.getByTestId('waiting').textContent());

  // A visitor takes a consultation ticket at the kiosk.
  const kiosk = await (await browser.newContext({ viewport: { width: 1080, height: 1920 } })).newPage();
  await kiosk.goto('/kiosk/demo');
  await kiosk.locator('body[data-hydrated]').waitFor();
  await kiosk.getByRole('button', { name: 'Русский' }).click();
  await kiosk
    .locator('button.service')
    .filter({ hasText: /Консультаци/ })
    .click();
  await kiosk.getByRole('button', { name: /Нет, в общей очереди/ }).click();
  await expect(kiosk.locator('article.ticket')).toHaveAttribute('data-code', /^Б-\d{3}$/);
  await expect(consultation.getByTestId('waiting')).toHaveText(String(before + 1));

  // A specialist opens window 3 and calls: the supervisor's row for it says so.
  const staff = await signIn(browser, 'specialist3', 'ru');
  await takeWindow(staff, 3);
  await staff.getByRole('button', { name: 'Вызвать следующего' }).click();
  await expect(staff.locator('section.current .ticket')).toHaveCount(1);
  await expect(admin.locator('tr[data-window="3"]')).toHaveAttribute('data-state', 'CALLED');
  await expect(admin.locator('tr[data-window="3"]')).toContainText('Маман Әсем Бауыржанқызы');
  await expectAccessible(admin, 'the hall now (ru)');
  await admin.screenshot({ path: `${SCREENSHOTS}/statistics-live-ru.png`, fullPage: true });
  // The official's reception room is named as a room, not as a window.
  await expect(admin.locator('tr[data-window="5"] th')).toHaveText('Кабинет 5');
  const kk = await signIn(browser, 'head', 'kk', { locale: 'en-US' });
  await kk.getByRole('link', { name: 'Зал қазір' }).first().click();
  await expect(kk.getByRole('heading', { level: 1 })).toHaveText('Зал қазір');
  await expect(kk.locator('tr[data-window="5"] th')).toHaveText('5-кабинет');
  await expect(kk.locator('tr[data-window="3"]')).toHaveAttribute('data-state', 'CALLED');
  await expectAccessible(kk, 'the hall now (kk)');
  await kk.screenshot({ path: `${SCREENSHOTS}/statistics-live-kk.png`, fullPage: true });

  // The visit ends and the window is freed (later specs take window 3): the row follows.
  await staff.getByRole('button', { name: /Завершить F$/ }).click();
  await expect(staff.locator('section.current .ticket')).toHaveCount(0);
  await staff.getByRole('button', { name: 'Освободить окно' }).click();
  await expect(admin.locator('tr[data-window="3"]')).toHaveAttribute('data-state', 'CLOSED');
  expect(errors).toEqual([]);
});

/**
 * Personal reception's and control's statistics (issue 23): opened from the menu and the tabs by
 * the appeals department (kk) and the head (ru) in an en-US browser, each filtered with its own
 * select; the tables beside the charts say the API's figures; the files are read back.
 */
const RECORDS = {
  kk: {
    who: 'appeals',
    reception: 'Жеке қабылдау',
    control: 'Орындалуын бақылау',
    rcTitle: 'Жеке қабылдау статистикасы',
    ctTitle: 'Орындалуын бақылау статистикасы',
    official: 'Лауазымды тұлға',
    unit: 'Орындаушы бөлімше',
    show: 'Көрсету',
    held: 'Өткізілді',
    total: 'Барлығы',
    overdue: /мерзімі өткен \d+ тапсырма/
  },
  ru: {
    who: 'head',
    reception: 'Личный приём',
    control: 'Контроль исполнения',
    rcTitle: 'Статистика личного приёма',
    ctTitle: 'Статистика контроля исполнения',
    official: 'Должностное лицо',
    unit: 'Подразделение-исполнитель',
    show: 'Показать',
    held: 'Проведено',
    total: 'Всего',
    overdue: /просрочено \d+ поручени(е|я|й)/
  }
} as const;

for (const lang of ['kk', 'ru'] as const)
  test(`personal reception's and control's statistics, filtered and downloaded (${lang})`, async ({ browser }) => {
    const w = RECORDS[lang];
    const page = await signIn(browser, w.who, lang, { locale: 'en-US' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.getByRole('banner').getByRole('link', { name: 'Статистика' }).click();
    if (w.who === 'head')
      await page
        .getByRole('navigation', { name: /Статистика|Разделы/ })
        .getByRole('link', { name: w.reception })
        .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.rcTitle);
    await page.locator('body[data-hydrated]').waitFor();

    // The demo's sessions and applications, as the API counts them.
    const q = () => new URL(page.url()).searchParams;
    const api = await (await page.request.get(`/api/v1/statistics/reception?${q()}`)).json();
    expect(api.registered).toBeGreaterThan(5);
    const sessions = page.locator('[data-chart="sessions"]');
    await expect(sessions.locator('.chart svg path').first()).toBeAttached();
    const totalRow = sessions.locator('tbody tr').filter({ hasText: w.total });
    await expect(totalRow.locator('td').first()).toHaveText(String(api.sessions.held));
    await expect(page.locator('[data-chart="answers"] tbody tr').last().locator('td').first()).toHaveText(
      String(api.registered)
    );
    await expect(page.locator('[data-chart="outcomes"] .chart svg')).toBeAttached();
    await expectAccessible(page, `reception statistics (${lang})`);
    await page.screenshot({ path: `${SCREENSHOTS}/statistics-reception-${lang}.png`, fullPage: true });

    // One official, chosen with the form's select.
    const official = api.sessionsByOfficial[0].officialId;
    await page.getByRole('combobox', { name: w.official }).selectOption(String(official));
    await page.getByRole('button', { name: w.show }).click();
    await expect(page).toHaveURL(new RegExp(`officialId=${official}`));
    const one = await (await page.request.get(`/api/v1/statistics/reception?${q()}`)).json();
    await expect(page.locator('[data-chart="sessions"] tbody tr')).toHaveCount(2); // the official and the total
    expect(one.registered).toBeLessThanOrEqual(api.registered);

    // The file in the page's language: the figures read back.
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'XLSX' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(new RegExp(`^reception-statistics-.*-${lang}\\.xlsx$`));
    const sheet = (await readXlsx(await xlsx.path())).at(0)!.data.map((r) => r.join(' | '));
    expect(sheet.join('\n')).toContain(w.rcTitle);
    expect(sheet.find((r) => r.startsWith(w.held))).toContain(String(one.sessions.held));
    expect(sheet.join('\n')).not.toContain(lang === 'kk' ? 'Проведено' : 'Өткізілді');

    // Control, from its tab: the overdue list of each unit, one unit chosen, the PDF with its charts.
    await page.getByRole('link', { name: w.control, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.ctTitle);
    await page.locator('body[data-hydrated]').waitFor();
    const ct = await (await page.request.get(`/api/v1/statistics/control?${q()}`)).json();
    expect(ct.total.total).toBeGreaterThan(0);
    await expect(page.locator('[data-chart="by-unit"] .chart svg path').first()).toBeAttached();
    await expect(page.locator('[data-chart="by-unit"] tbody tr').last().locator('td').first()).toHaveText(
      String(ct.total.total)
    );
    await expect(page.getByRole('heading', { name: w.overdue }).first()).toBeVisible();
    await expectAccessible(page, `control statistics (${lang})`);
    await page.screenshot({ path: `${SCREENSHOTS}/statistics-control-${lang}.png`, fullPage: true });
    const unit = ct.byUnit[0].unitId;
    await page.getByRole('combobox', { name: w.unit }).selectOption(String(unit));
    await page.getByRole('button', { name: w.show }).click();
    await expect(page).toHaveURL(new RegExp(`unitId=${unit}`));
    const u = await (await page.request.get(`/api/v1/statistics/control?${q()}`)).json();
    await expect(page.locator('[data-chart="by-unit"] tbody tr')).toHaveCount(2);
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'PDF' }).click()]);
    const pdfPath = await pdf.path();
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(w.ctTitle);
    expect(text).toContain(String(u.total.total));
    const images = execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' }).trim().split('\n').length - 2;
    expect(images).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
  });

test('personal reception’s and control’s statistics are not the administrator’s (personal data)', async ({
  browser
}) => {
  const admin = await signIn(browser, 'admin', 'ru');
  expect((await admin.request.get('/api/v1/statistics/reception')).status()).toBe(403);
  expect((await admin.request.get('/api/v1/statistics/control.pdf?lang=ru')).status()).toBe(403);
  expect((await admin.goto('/staff/statistics/control'))?.status()).toBe(403);
  await expect(admin.getByRole('navigation', { name: 'Разделы статистики' })).toHaveCount(0);
});

test('the hall supervisor lands on the hall now, answers a call for help there, and reads the hall’s figures only (ru)', async ({
  browser
}) => {
  const sup = await signIn(browser, 'supervisor', 'ru', { locale: 'en-US' });
  const errors: string[] = [];
  sup.on('pageerror', (e) => errors.push(e.message));
  await expect(sup).toHaveURL(/\/staff\/statistics\/live$/);
  await expect(sup.getByRole('heading', { level: 1 })).toHaveText('Зал сейчас');

  // A visitor at the kiosk asks for help: the supervisor says they are coming, the kiosk tells the visitor.
  const kiosk = await (await browser.newContext({ viewport: { width: 1080, height: 1920 } })).newPage();
  await kiosk.goto('/kiosk/demo');
  await kiosk.locator('body[data-hydrated]').waitFor();
  await kiosk.getByTestId('help').click();
  const alert = sup.locator('[data-help]').first();
  await expect(alert).toBeVisible();
  await expectAccessible(sup, 'the hall now with a call for help (ru)');
  await alert.getByRole('button', { name: 'Иду' }).click();
  await expect(kiosk.locator('[data-help-state="ACKNOWLEDGED"]')).toBeVisible({ timeout: 8000 });

  // The hall's statistics from the tabs; the records' (personal data) and the audit are not theirs.
  const tabs = sup.getByRole('navigation', { name: 'Разделы статистики' });
  await expect(tabs.getByRole('link')).toHaveText(['Зал', 'Зал сейчас']);
  await tabs.getByRole('link', { name: 'Зал', exact: true }).click();
  await expect(sup.getByRole('heading', { level: 1 })).toHaveText('Статистика');
  await expect(sup.locator('[data-chart="by-day"] .chart svg')).toBeAttached();
  expect((await sup.request.get('/api/v1/statistics/reception')).status()).toBe(403);
  expect((await sup.request.get('/api/v1/audit')).status()).toBe(403);
  await expect(sup.getByRole('banner').getByRole('link', { name: 'Журнал аудита' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

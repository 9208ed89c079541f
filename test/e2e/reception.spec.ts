import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expectAccessible, open, SCREENSHOTS, signIn } from './helpers';

/** Personal reception through the pages, as appeals staff, the head and the public see it. */

const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });

for (const lang of ['kk', 'ru'] as const) {
  test(`appeals staff register an application and book it into a session (${lang})`, async ({ browser }) => {
    const page = await signIn(browser, 'appeals', lang);
    // Appeals staff land on the register, not on a window picker.
    await expect(page).toHaveURL(/\/staff\/reception$/);
    await expect(page.locator('h1')).toHaveText(lang === 'kk' ? 'Жазылу журналы' : 'Журнал записи');
    await expect(page.locator('tbody tr')).not.toHaveCount(0);
    await expectAccessible(page, `register ${lang}`);
    await shot(page, `reception-register-${lang}`);

    await page.getByRole('link', { name: lang === 'kk' ? 'Жаңа өтініш' : 'Новое заявление' }).click();
    await page.locator('body[data-hydrated]').waitFor();
    // Every field stays inside its group at the office's screen widths (fields ran into the next column).
    for (const width of [1280, 1440, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      const outside = await page.evaluate(() =>
        [...document.querySelectorAll('fieldset')].flatMap((f) => {
          const box = f.getBoundingClientRect();
          return [...f.querySelectorAll<HTMLElement>('input, select, textarea')]
            .filter(
              (e) => e.getBoundingClientRect().right > box.right + 1 || e.getBoundingClientRect().left < box.left - 1
            )
            .map((e) => `${e.tagName} ${Math.round(e.getBoundingClientRect().width)}px in ${Math.round(box.width)}px`);
        })
      );
      expect(outside, `new application form at ${width}px`).toEqual([]);
    }
    await page.setViewportSize({ width: 1366, height: 850 });
    const surname = lang === 'kk' ? 'Әбілқасымова' : 'Григорьева';
    await page.getByLabel(lang === 'kk' ? 'Тегі' : 'Фамилия').fill(surname);
    await page.getByLabel(lang === 'kk' ? 'Аты' : 'Имя', { exact: true }).fill(lang === 'kk' ? 'Гүлнұр' : 'Анна');
    const iin = page.getByLabel(lang === 'kk' ? 'ЖСН' : 'ИИН');
    await iin.fill('900101300127'); // wrong check digit: the form says so and will not send
    await expect(page.getByText(lang === 'kk' ? 'ЖСН дұрыс емес' : 'ИИН неверен')).toBeVisible();
    await iin.fill('900101300126');
    await page
      .getByLabel(lang === 'kk' ? 'Мәселенің мәні' : 'Суть вопроса')
      .fill(lang === 'kk' ? 'Ғимараттың пандусы жоқ: мүгедектігі бар адамдар кіре алмайды' : 'В здании нет пандуса');
    await expectAccessible(page, `new application ${lang}`);
    await shot(page, `reception-new-${lang}`);
    await page.getByRole('button', { name: lang === 'kk' ? 'Тіркеу' : 'Зарегистрировать' }).click();

    await expect(page).toHaveURL(/\/staff\/reception\/applications\/\d+$/);
    await page.locator('body[data-hydrated]').waitFor();
    await expect(page.locator('h1')).toContainText(surname);
    await expect(page.locator('.state')).toHaveText(lang === 'kk' ? 'Тіркелді' : 'Зарегистрировано');
    await expect(page.locator('tr[data-rule="answer"]')).toContainText('003 ¶29');

    await page.locator('[data-step="review"] summary').click();
    await page.locator('[data-step="review"] button[type=submit]').click();
    await expect(page.locator('.state')).toHaveText(
      lang === 'kk' ? 'Алдын ала қарауда' : 'На предварительном рассмотрении'
    );
    await page.locator('body[data-hydrated]').waitFor();
    await page.locator('[data-step="schedule"] summary').click();
    await page.locator('[data-step="schedule"] button[type=submit]').click();
    await expect(page.locator('.state')).toHaveText(lang === 'kk' ? 'Қабылдауға жазылды' : 'Записан на приём');
    await expect(page.locator('.history li')).toHaveCount(3);
    await page.locator('body[data-hydrated]').waitFor();
    await expectAccessible(page, `card ${lang}`);
    await shot(page, `reception-card-${lang}`);

    // Found again in the register by name.
    await open(page, `/staff/reception?q=${encodeURIComponent(surname.slice(0, 5))}`);
    await expect(page.locator('tbody tr').first()).toContainText(surname);
    await page.context().close();
  });
}

for (const lang of ['kk', 'ru'] as const) {
  test(`003 ¶5: an application without its substance is registered, not considered, and the applicant is to be told (${lang})`, async ({
    browser
  }) => {
    const page = await signIn(browser, 'appeals', lang);
    await page.getByRole('link', { name: lang === 'kk' ? 'Жаңа өтініш' : 'Новое заявление' }).click();
    await page.locator('body[data-hydrated]').waitFor();
    const surname = lang === 'kk' ? 'Сәрсенбайұлы' : 'Никитин';
    await page.getByLabel(lang === 'kk' ? 'Тегі' : 'Фамилия').fill(surname);
    await page.getByLabel(lang === 'kk' ? 'Аты' : 'Имя', { exact: true }).fill(lang === 'kk' ? 'Нұрлан' : 'Олег');
    await page.getByLabel(lang === 'kk' ? 'ЖСН' : 'ИИН').fill('900101300126');
    // The substance is left empty: ¶6 forbids refusing the application, so the form takes it.
    await expect(page.getByText(lang === 'kk' ? 'бірақ қаралмайды' : 'но не рассматривается')).toBeVisible();
    await page.getByRole('button', { name: lang === 'kk' ? 'Тіркеу' : 'Зарегистрировать' }).click();

    await expect(page).toHaveURL(/\/staff\/reception\/applications\/\d+$/);
    await page.locator('body[data-hydrated]').waitFor();
    await expect(page.locator('.state')).toHaveText(
      lang === 'kk'
        ? 'Қаралмайды (мәселенің мәні баяндалмаған, 003 ¶5)'
        : 'Не рассматривается (суть вопроса не изложена, 003 ¶5)'
    );
    await expect(page.locator('.substance')).toHaveText(
      lang === 'kk'
        ? 'Баяндалмаған — жолданым қаралмайды (003 ¶5)'
        : 'Не изложена — обращение не рассматривается (003 ¶5)'
    );
    const number = (await page.locator('h1').textContent())!.match(/№\s*(\S+)/)![1];
    await expectAccessible(page, `not considered card ${lang}`);
    await shot(page, `reception-not-considered-${lang}`);

    // On the register: the task to tell the applicant, and the row found by its own filter.
    await page.getByRole('link', { name: lang === 'kk' ? '← Журналға' : '← К журналу' }).click();
    await expect(page.locator('.tasks li').filter({ hasText: `№ ${number}` })).toContainText(
      lang === 'kk' ? 'қаралмайтынын хабарлау' : 'не рассматривается'
    );
    await page.getByLabel(lang === 'kk' ? 'Күйі' : 'Состояние').selectOption({
      label:
        lang === 'kk'
          ? 'Қаралмайды (мәселенің мәні баяндалмаған, 003 ¶5)'
          : 'Не рассматривается (суть вопроса не изложена, 003 ¶5)'
    });
    await page.getByRole('button', { name: lang === 'kk' ? 'Көрсету' : 'Показать' }).click();
    await expect(page).toHaveURL(/state=NOT_CONSIDERED/);
    await expect(page.locator('tbody tr').filter({ hasText: surname })).toHaveCount(1);
    await page.context().close();
  });
}

test('the head approves a month planned by appeals staff; the public schedule and the board show sessions, never an applicant', async ({
  browser,
  request
}) => {
  const appeals = await signIn(browser, 'appeals', 'kk');
  const month = new Date(Date.now() + 100 * 86_400_000).toISOString().slice(0, 7);
  await open(appeals, `/staff/reception/schedule?month=${month}`);
  await appeals.locator('[data-step="generate"] summary').click();
  await appeals.locator('[data-step="generate"] button[type=submit]').click();
  await expect(appeals.locator('tbody tr[data-session]')).not.toHaveCount(0);
  await appeals.locator('body[data-hydrated]').waitFor();
  await appeals.getByRole('button', { name: 'Бекітуге жіберу' }).click();
  await expect(appeals.locator('.badge')).toHaveText('Бекітуге жіберілді');
  await expectAccessible(appeals, 'schedule kk');
  await shot(appeals, 'reception-schedule-kk');
  await appeals.context().close();

  const head = await signIn(browser, 'head', 'ru');
  await open(head, `/staff/reception/schedule?month=${month}`);
  await head.getByRole('button', { name: 'Утвердить' }).click();
  await expect(head.locator('.badge')).toHaveText('Утверждён');
  await head.locator('body[data-hydrated]').waitFor();
  await head.getByRole('button', { name: 'Опубликовать' }).click();
  await expect(head.locator('.badge')).toHaveText('Опубликован');
  await shot(head, 'reception-schedule-ru');
  await head.context().close();

  const json = await (await request.get(`/api/v1/offices/demo/schedule?from=${month}-01&to=${month}-31`)).json();
  expect(json.sessions.length).toBeGreaterThan(0);
  const ics = await request.get(`/api/v1/offices/demo/schedule.ics?lang=ru&from=${month}-01&to=${month}-31`);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  // iCalendar folds long lines (RFC 5545 §3.1): unfold before reading.
  expect((await ics.text()).replace(/\r\n[ \t]/g, '')).toContain('Заместитель акима области');

  for (const lang of ['kk', 'ru'] as const) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const pub = await ctx.newPage();
    await open(pub, `/schedule/demo?lang=${lang}`);
    await expect(pub.locator('html')).toHaveAttribute('lang', lang);
    await expect(pub.locator('h1')).toHaveText(lang === 'kk' ? 'Жеке қабылдау кестесі' : 'График личного приёма');
    await expect(pub.locator('tbody.today')).toContainText('Сәрсенов Қайрат Әбенұлы');
    const text = await pub.locator('body').innerText();
    expect(text).not.toMatch(/Жақсыбекова|Сейітқали|ИИН|ЖСН/);
    await expectAccessible(pub, `public schedule ${lang}`);
    await shot(pub, `schedule-public-${lang}`);
    await ctx.close();
  }

  const board = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await open(board, '/display/demo');
  const today = board.getByTestId('reception-today');
  await expect(today).toContainText('Сәрсенов Қайрат Әбенұлы');
  await expect(today).toContainText('Кабинет 5');
  await expect(today).toBeVisible({ timeout: 20_000 }); // its turn in the side panel
  expect(await board.locator('body').innerText()).not.toMatch(/Жақсыбекова|Сейітқали/);
  await shot(board, 'board-reception-today');
  await board.context().close();
});

test('reception pages refuse other roles and bad input', async ({ browser, request }) => {
  const specialist = await signIn(browser, 'specialist', 'ru');
  const res = await specialist.request.get('/api/v1/reception/applications');
  expect(res.status()).toBe(403);
  expect((await res.json()).error.message).toBe('У вас нет прав на это действие');
  await specialist.context().close();
  expect((await request.get('/api/v1/reception/applications')).status()).toBe(401);
  const appeals = await signIn(browser, 'appeals', 'kk');
  const before = (await (await appeals.request.get('/api/v1/reception/applications')).json()).rows.length;
  const bad = await appeals.request.post('/api/v1/reception/applications', {
    data: { surname: 'А', givenName: 'Б', iin: '123', language: 'kk', channel: 'PAPER', substance: 'x' }
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toMatch(/ЖСН дұрыс емес/);
  expect((await appeals.request.get('/api/v1/reception/applications/999999')).status()).toBe(404);
  expect((await appeals.request.get('/api/v1/reception/schedule/2026-13')).status()).toBe(400);
  expect((await (await appeals.request.get('/api/v1/reception/applications')).json()).rows.length).toBe(before);
  await appeals.context().close();
});

test("the final list of today's session downloads as DOCX and PDF, one language per file, Kazakh letters intact", async ({
  browser
}) => {
  const page = await signIn(browser, 'appeals', 'kk');
  await open(page, '/staff/reception/schedule');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());
  // The deputy's session of today (some weekdays another official receives today too).
  const row = page
    .locator(`tr[data-date="${today}"]`)
    .filter({ has: page.locator('[data-file]') })
    .filter({ hasText: 'Сәрсенов' })
    .first();
  const texts: Record<string, string> = {};
  for (const file of ['pdf-kk', 'docx-ru', 'docx-kk', 'pdf-ru']) {
    const [download] = await Promise.all([page.waitForEvent('download'), row.locator(`[data-file="${file}"]`).click()]);
    const path = await download.path();
    texts[file] = (
      file.startsWith('pdf')
        ? execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
        : strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']).replace(/<[^>]+>/g, ' ')
    ).replace(/\s+/g, ' ');
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^final-list-${today}-${file.slice(-2)}\\.${file.slice(0, -3)}$`)
    );
  }
  for (const kk of [texts['pdf-kk'], texts['docx-kk']]) {
    expect(kk).toContain('қорытынды тізімі');
    expect(kk).toContain('Жақсыбекова Әсел Нұрланқызы');
    expect(kk).toContain('Сейітқали Гүлжан Оразқызы');
    expect(kk).not.toContain('Итоговый');
  }
  for (const ru of [texts['pdf-ru'], texts['docx-ru']]) {
    expect(ru).toContain('Итоговый список');
    expect(ru).toContain('Сәрсенов Қайрат Әбенұлы');
    expect(ru).not.toContain('қорытынды');
  }
  await page.context().close();
});

test('the head reads who viewed which applicant card in the audit log (no personal data in it)', async ({
  browser
}) => {
  const appeals = await signIn(browser, 'appeals', 'kk');
  await open(appeals, '/staff/reception/applications/1');
  await appeals.context().close();
  const head = await signIn(browser, 'head', 'ru');
  await open(head, '/staff/audit');
  await expect(head.locator('h1')).toHaveText('Журнал аудита');
  // The filter lists actions in words; the entry reads as a sentence, never as a code.
  await head.locator('select[name=action]').selectOption({ label: 'Просмотрена карточка обращения' });
  await head.getByRole('button', { name: 'Показать' }).click();
  await expect.poll(() => new URL(head.url()).searchParams.get('action')).toBe('application.view');
  const row = head.locator('tr[data-action="application.view"]').first();
  await expect(row).toContainText('Өтініштер бөлімі Айгүл Сәкенқызы');
  await expect(row).toContainText('Просмотрена карточка обращения');
  await expect(row).toContainText('обращение № 1');
  expect(await head.locator('tbody').innerText()).not.toMatch(/application\.view|Application|[{}"]/);
  expect(await head.locator('tbody').innerText()).not.toMatch(/Жақсыбекова|\d{12}/);
  await expectAccessible(head, 'audit log');
  await shot(head, 'audit-ru');
  // Appeals staff cannot read it.
  const again = await signIn(browser, 'appeals', 'ru');
  expect((await again.request.get('/api/v1/audit')).status()).toBe(403);
  await again.context().close();
  await head.context().close();
});

test('003 ¶3: appeals staff allow an official same-day reception on the schedule page, and take it back (ru)', async ({
  browser
}) => {
  const appeals = await signIn(browser, 'appeals', 'ru');
  await open(appeals, '/staff/reception/schedule');
  const chief = appeals.locator('li[data-official]', { hasText: 'Өмірова Гүлнар' });
  await expect(chief).not.toContainText('Принимает в день обращения');
  await chief.getByRole('button', { name: 'Разрешить приём в день обращения' }).click();
  await expect(chief).toContainText('Принимает в день обращения (п. 3)');
  await expectAccessible(appeals, 'schedule page with a same-day official (ru)');
  await chief.getByRole('button', { name: 'Отключить приём в день обращения' }).click();
  await expect(chief).not.toContainText('Принимает в день обращения');
  await appeals.context().close();
});

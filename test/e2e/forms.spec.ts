import { expect, test, type Page } from '@playwright/test';
import { SCREENSHOTS, expectAccessible, open, signIn } from './helpers';

/**
 * Every filter form driven by its own controls — fill, select, click «Көрсету / Показать» — with
 * empty and with filled fields, in kk and ru (issue 19, blocker 2: the empty fields a form submits
 * answered a bare 400). The filters stay in the address, so a search can be bookmarked: reopening
 * that address shows the same rows. An error page keeps the console around it, a title and a reason.
 */

const SHOW = { kk: 'Көрсету', ru: 'Показать' } as const;
type Lang = keyof typeof SHOW;

/** The page answered as a page of the console, not an error page. */
async function expectPage(page: Page, heading: RegExp) {
  await expect(page.locator('[data-status]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await expect(page.locator('header a.brand')).toBeVisible();
}

/** The address keeps what was asked, and only that. */
function query(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

for (const lang of ['kk', 'ru'] as const satisfies Lang[]) {
  test(`sign-up register: search by name and by ИИН, state, dates and an empty search from the form (${lang})`, async ({
    browser
  }) => {
    const page = await signIn(browser, 'appeals', lang);
    await open(page, '/staff/reception');
    const title = lang === 'kk' ? /жазылу/i : /запис/i;
    await expectPage(page, title);
    const rows = page.locator('table tbody tr');
    const all = await rows.count();
    expect(all).toBeGreaterThan(5);

    // Nothing filled: the whole register, no error.
    await page.getByRole('button', { name: SHOW[lang] }).click();
    await page.waitForURL(/\/staff\/reception\?*$/);
    await expectPage(page, title);
    await expect(rows).toHaveCount(all);

    // A surname, typed as an officer would (lower case).
    const fullName = (await rows.nth(2).locator('td').nth(1).innerText()).split('\n')[0].replace('★', '').trim();
    const surname = fullName.split(' ')[0];
    await page
      .getByLabel(lang === 'kk' ? 'Аты-жөні, ЖСН немесе нөмір' : 'ФИО, ИИН или номер')
      .fill(surname.toLocaleLowerCase(lang));
    await page.getByRole('button', { name: SHOW[lang] }).click();
    await expect.poll(() => query(page)).toEqual({ q: surname.toLocaleLowerCase(lang) });
    await expectPage(page, title);
    await expect(rows.first()).toContainText(surname);
    for (const text of await rows.allInnerTexts()) expect(text).toContain(surname);

    // The address is the search: opened again (a bookmark, a link sent), the same rows.
    const found = await rows.allInnerTexts();
    await open(page, page.url());
    expect(await rows.allInnerTexts()).toEqual(found);

    // By ИИН, as read from the applicant's identity card (the register shows it masked): exactly that one.
    await rows.first().locator('a').first().click();
    const iin = (await page.locator('dd.mono').first().innerText()).trim();
    expect(iin).toMatch(/^\d{12}$/);
    await page.goBack();
    await page.locator('body[data-hydrated]').waitFor();
    await page.getByLabel(lang === 'kk' ? 'Аты-жөні, ЖСН немесе нөмір' : 'ФИО, ИИН или номер').fill(iin);
    await page.getByRole('button', { name: SHOW[lang] }).click();
    await expect.poll(() => query(page).q).toBe(iin);
    await expect(rows).toHaveCount(1);
    await expect(rows.first().locator('td.mono')).toHaveText(`••••••••${iin.slice(8)}`);

    // A state and a period, the search emptied again.
    await page.getByLabel(lang === 'kk' ? 'Аты-жөні, ЖСН немесе нөмір' : 'ФИО, ИИН или номер').fill('');
    const state = page.locator('select[name=state]');
    const option = (await state.locator('option').nth(1).innerText()).trim();
    await state.selectOption({ label: option });
    // Dates are typed as an official writes them, whatever the browser's language (issue 19).
    await page.getByLabel(lang === 'kk' ? 'Мерзімі, бастап' : 'Срок, с').fill('01.01.2026');
    await page.getByRole('button', { name: SHOW[lang] }).click();
    await expect.poll(() => Object.keys(query(page)).sort()).toEqual(['dueFrom', 'state']);
    await expectPage(page, title);
    await expect(page.locator('select[name=state]')).toHaveValue(query(page).state);
    for (const text of await rows.allInnerTexts()) expect(text).toContain(option);
    await expectAccessible(page, `register filtered ${lang}`);
  });

  test(`control register: light, state, search and an empty search from the form (${lang})`, async ({ browser }) => {
    const page = await signIn(browser, 'appeals', lang);
    await open(page, '/staff/control');
    const title = lang === 'kk' ? /бақылау/i : /контрол/i;
    await expectPage(page, title);
    await page.getByRole('button', { name: SHOW[lang] }).click();
    await expectPage(page, title);
    const rows = page.locator('tr[data-assignment]');
    const before = await rows.count();
    expect(before).toBeGreaterThan(0);

    // Every state, then the text of one assignment's number.
    await page.locator('select[name=state]').selectOption('ALL');
    await page.getByRole('button', { name: SHOW[lang] }).click();
    await expect.poll(() => query(page)).toEqual({ state: 'ALL' });
    await expectPage(page, title);
    const content = (await rows.nth(1).locator('td a').first().innerText()).trim();
    const word = content
      .split(/\s+/)
      .find((w) => w.length > 6)!
      .replace(/[^\p{L}\d-]/gu, '');
    await page.getByLabel(lang === 'kk' ? 'Мазмұны немесе нөмірі' : 'Содержание или номер').fill(word);
    await page.getByRole('button', { name: SHOW[lang] }).click();
    await expect.poll(() => query(page)).toEqual({ state: 'ALL', q: word });
    await expect(rows.first()).toBeVisible();
    for (const text of await rows.locator('td a').allInnerTexts())
      expect(text.toLocaleLowerCase(lang)).toContain(word.toLocaleLowerCase(lang));

    // A light with dates left empty.
    await page.getByLabel(lang === 'kk' ? 'Мазмұны немесе нөмірі' : 'Содержание или номер').fill('');
    await page.locator('select[name=light]').selectOption('red');
    await page.getByRole('button', { name: SHOW[lang] }).click();
    await expect.poll(() => query(page)).toEqual({ state: 'ALL', light: 'red' });
    await expectPage(page, title);
  });

  test(`audit log and ratings: periods from the form, empty or filled (${lang})`, async ({ browser }) => {
    const head = await signIn(browser, 'head', lang);
    await open(head, '/staff/audit');
    const audit = lang === 'kk' ? /Аудит/ : /[Жж]урнал|[Аа]удит/;
    await expectPage(head, audit);
    await head.getByRole('button', { name: SHOW[lang] }).click();
    await expectPage(head, audit);
    await head.getByLabel(lang === 'kk' ? 'Кезең, бастап' : 'Период, с').fill('01.01.2026');
    await head.getByRole('button', { name: SHOW[lang] }).click();
    await expect.poll(() => query(head)).toEqual({ from: '2026-01-01' });
    await expect(head.getByLabel(lang === 'kk' ? 'Кезең, бастап' : 'Период, с')).toHaveValue('01.01.2026');
    await expectPage(head, audit);

    const appeals = await signIn(browser, 'appeals', lang);
    await open(appeals, '/staff/survey');
    const survey = lang === 'kk' ? /баға/i : /оценк/i;
    await expectPage(appeals, survey);
    await appeals.getByLabel(lang === 'kk' ? 'Бастап' : 'С', { exact: true }).fill('');
    await appeals.getByLabel(lang === 'kk' ? 'Дейін' : 'По', { exact: true }).fill('');
    await appeals.getByRole('button', { name: SHOW[lang] }).click();
    await expectPage(appeals, survey);
  });
}

test('an error page keeps the console, a title and the reason in the reader’s language', async ({ browser }) => {
  for (const [lang, title] of [
    ['kk', 'Сұрау дұрыс емес'],
    ['ru', 'Неверный запрос']
  ] as const) {
    const page = await signIn(browser, 'appeals', lang);
    // An address typed or edited by hand, with a state that does not exist.
    await page.goto('/staff/reception?state=NO_SUCH_STATE');
    await expect(page.locator('[data-status="400"]')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page).toHaveTitle(new RegExp(title));
    await expect(page.locator('header a.brand')).toBeVisible();
    await expect(page.locator('[data-status] p').first()).not.toHaveText('');
    // A form sent before its page came alive (or with scripts off) carries its empty fields too.
    for (const url of [
      '/staff/reception?q=&state=&officialId=&channel=&light=&dueFrom=&dueTo=',
      '/staff/control?unitId=&controllerId=&sourceKind=&issuer=&category=&light=&state=LIVE&from=&to=&q=',
      '/staff/survey?from=&to='
    ]) {
      expect((await page.goto(url))?.status(), url).toBe(200);
      await expect(page.locator('[data-status]')).toHaveCount(0);
    }
    const missing = await page.goto('/staff/control/assignments/999999');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      lang === 'kk' ? 'Бет табылмады' : 'Страница не найдена'
    );
    await expect(page.locator('[data-status] p').first()).toHaveText(
      lang === 'kk' ? 'Тапсырма табылмады' : 'Поручение не найдено'
    );
  }
});

for (const [lang, required] of [
  ['kk', 'Бұл өрісті толтырыңыз.'],
  ['ru', 'Заполните это поле.']
] as const) {
  test(`a field's complaint is in the page's language on an en-US machine (${lang})`, async ({ browser }) => {
    const page = await signIn(browser, 'appeals', lang, { locale: 'en-US' });
    await page.getByRole('link', { name: lang === 'kk' ? 'Жаңа өтініш' : 'Новое заявление' }).click();
    await page.locator('body[data-hydrated]').waitFor();
    // Sent empty: the browser stops it and says why — in the page's words, not "Please fill out this field."
    await page.getByRole('button', { name: lang === 'kk' ? 'Тіркеу' : 'Зарегистрировать' }).click();
    const surname = page.getByLabel(lang === 'kk' ? 'Тегі' : 'Фамилия');
    await expect.poll(() => surname.evaluate((el: HTMLInputElement) => el.validationMessage)).toBe(required);
    // Typing clears it: the field is valid again.
    await surname.fill('Әбілқасымова');
    expect(await surname.evaluate((el: HTMLInputElement) => el.validationMessage)).toBe('');
    // Dates and times are written day first and in 24 hours, as asked in the page's language —
    // an en-US browser's own date field would say mm/dd/yyyy and AM/PM.
    const received = page.getByLabel(
      lang === 'kk' ? 'Түскен уақыты (бос болса — қазір)' : 'Время поступления (пусто — сейчас)'
    );
    await expect(received).toHaveAttribute('placeholder', lang === 'kk' ? 'кк.аа.жжжж сс:мм' : 'дд.мм.гггг чч:мм');
    await received.fill('');
    await received.pressSequentially('010420261405');
    await expect(received).toHaveValue('01.04.2026 14:05');
    await page.screenshot({ path: `${SCREENSHOTS}/dates-en-US-${lang}.png` });
    await received.fill('04/31/2026 2:05 PM');
    await expect
      .poll(() => received.evaluate((el: HTMLInputElement) => el.validationMessage))
      .toBe(
        lang === 'kk'
          ? 'Күн мен уақытты кк.аа.жжжж сс:мм түрінде жазыңыз.'
          : 'Введите дату и время в виде дд.мм.гггг чч:мм.'
      );
    await page.context().close();
  });
}

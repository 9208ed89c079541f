import { expect, test, type Page } from '@playwright/test';
import { SCREENSHOTS, expectAccessible, open, pairScreen, signIn } from './helpers';

/** The kiosk as visitors live it, on a 1080×1920 portrait touch screen. */
const portrait = { viewport: { width: 1080, height: 1920 }, hasTouch: true };

/** Nothing runs past the screen or is clipped inside its button. */
async function nothingCutOff(page: Page) {
  const cut = await page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
      out.push(`page ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll<HTMLElement>('button, h1, p'))
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName} "${el.textContent?.trim().slice(0, 30)}"`);
    // No word is broken across lines («Консультаци/я»): each word of a name is one box.
    for (const el of document.querySelectorAll<HTMLElement>('.service-name, .category')) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(`word "${match[0]}" broken`);
        }
      }
    }
    return out;
  });
  expect(cut).toEqual([]);
}

test('"I need help" alerts the console at once; staff say they are coming and the kiosk tells the visitor (kk)', async ({
  browser
}) => {
  const staff = await signIn(browser, 'registrar', 'kk');
  await open(staff, '/staff/desk');
  const kiosk = await (await browser.newContext(portrait)).newPage();
  await pairScreen(kiosk, 'KIOSK', { nameKk: 'Зал, 1-киоск', nameRu: 'Зал, киоск 1', printer: 'hall-1' });
  await open(kiosk, '/kiosk/demo');
  await expectAccessible(kiosk, 'kiosk language screen');
  await kiosk.getByTestId('help').click();
  await expect(kiosk.locator('[data-help-state="OPEN"]')).toContainText('Қызметкерге хабар берілді');
  const alert = staff.locator('[data-help]').filter({ hasText: 'Зал, 1-киоск' });
  await expect(alert).toBeVisible({ timeout: 3000 });
  await expectAccessible(staff, 'desk with a call for help');
  await staff.screenshot({ path: `${SCREENSHOTS}/desk-help-kk.png` });
  await alert.getByRole('button', { name: 'Барамын' }).click();
  await expect(alert).toHaveCount(0);
  await expect(kiosk.locator('[data-help-state="ACKNOWLEDGED"]')).toContainText('Қызметкер сізге келе жатыр', {
    timeout: 8000
  });
  // One request for the visit: after choosing Russian the screens still say someone is coming (the
  // plain button came back before), the category screen shows the same, and the ticket carries it.
  await kiosk.getByRole('button', { name: 'Русский' }).click();
  await expect(kiosk.locator('[data-help-state="ACKNOWLEDGED"]')).toContainText('Сотрудник идёт к вам');
  await expect(kiosk.getByTestId('help')).toHaveCount(0);
  await kiosk.getByRole('button', { name: /Консультация/ }).click();
  await expect(kiosk.locator('[data-help-state="ACKNOWLEDGED"]')).toBeVisible();
  await kiosk.getByRole('button', { name: /Нет, в общей очереди/ }).click();
  await expect(kiosk.locator('article.ticket')).toContainText('Сотрудник оповещён и встретит вас');
});

test('every service and category name keeps its words whole at 1080×1920, large text or not (kk and ru)', async ({
  browser
}) => {
  for (const language of ['Қазақша', 'Русский'])
    for (const large of [false, true]) {
      const kiosk = await (await browser.newContext(portrait)).newPage();
      await open(kiosk, '/kiosk/demo');
      await kiosk.getByRole('button', { name: language }).click();
      if (large) await kiosk.getByTestId('large').click();
      await expect(kiosk.locator('button.service').first()).toBeVisible();
      await nothingCutOff(kiosk);
      await kiosk
        .locator('button.service')
        .filter({ hasText: /Консультаци/ })
        .click();
      await expect(kiosk.locator('button.category').first()).toBeVisible();
      await nothingCutOff(kiosk);
      await kiosk.context().close();
    }
});

test('large text and high contrast at 1080×1920: nothing cut off, targets at least 64 px (ru)', async ({ browser }) => {
  const kiosk = await (await browser.newContext(portrait)).newPage();
  await open(kiosk, '/kiosk/demo');
  await kiosk.getByRole('button', { name: 'Русский' }).click();
  await kiosk.getByTestId('large').click();
  await expect(kiosk.locator('main.kiosk')).toHaveAttribute('data-large', 'true');
  expect(await kiosk.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
  await expect(kiosk.getByText('Совет об услугах, документах и подаче обращений')).toBeVisible();
  await nothingCutOff(kiosk);
  await expectAccessible(kiosk, 'kiosk services, large');
  await kiosk.screenshot({ path: `${SCREENSHOTS}/kiosk-large-ru.png`, fullPage: true });
  await kiosk.getByRole('button', { name: /Консультация/ }).click();
  await nothingCutOff(kiosk);
  const small = await kiosk.evaluate(() =>
    [...document.querySelectorAll('button')]
      .filter((b) => b.getBoundingClientRect().height < 64)
      .map((b) => b.textContent?.trim())
  );
  expect(small).toEqual([]);
  // Category buttons are as large as the service buttons were.
  const category = await kiosk.locator('button.category').first().boundingBox();
  expect(category!.height).toBeGreaterThanOrEqual(170 * 1.25 - 1);
  await expectAccessible(kiosk, 'kiosk categories, large');
  await kiosk.screenshot({ path: `${SCREENSHOTS}/kiosk-large-category-ru.png`, fullPage: true });
  // Taller than the screen: a cue says more is below until the visitor has scrolled to the end.
  await kiosk.evaluate(() => window.scrollTo(0, 0));
  await expect(kiosk.getByTestId('more-below')).toBeVisible();
  await kiosk.screenshot({ path: `${SCREENSHOTS}/kiosk-large-category-cue-ru.png` });
  await kiosk.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(kiosk.getByTestId('more-below')).toHaveCount(0);
  // The ticket on screen is readable in this mode too (it was white on white).
  await kiosk.getByRole('button', { name: 'Нет, в общей очереди' }).click();
  await expect(kiosk.locator('article.ticket')).toBeVisible();
  await kiosk.evaluate(() => window.scrollTo(0, 0));
  await expectAccessible(kiosk, 'kiosk ticket, large');
  const colours = await kiosk
    .locator('article.ticket')
    .evaluate((t) => [...t.querySelectorAll('div, p')].map((e) => getComputedStyle(e).color));
  expect(colours).not.toContain('rgb(255, 255, 255)');
  await kiosk.screenshot({ path: `${SCREENSHOTS}/kiosk-large-ticket-ru.png`, fullPage: true });
});

test('a lost connection is said in the visitor’s language and a retry keeps their choices; an idle kiosk counts down before it starts over (kk)', async ({
  browser
}) => {
  const context = await browser.newContext(portrait);
  const kiosk = await context.newPage();
  await kiosk.clock.install();
  await open(kiosk, '/kiosk/demo');
  await kiosk.getByRole('button', { name: 'Қазақша' }).click();
  await kiosk.getByRole('button', { name: /Нәтиже/ }).click();
  await context.setOffline(true);
  await kiosk.getByRole('button', { name: /Жоқ, жалпы кезекпен/ }).click();
  const error = kiosk.getByRole('alert');
  await expect(error).toContainText('Байланыс жоқ. Қайталап көріңіз.');
  // Where the visitor looks: on the screen, whole, not 1,300 px below the button they tapped.
  await expect(error).toBeInViewport({ ratio: 1 });
  await kiosk.screenshot({ path: `${SCREENSHOTS}/kiosk-offline-kk.png` });
  await expect(kiosk.getByText('Failed to fetch')).toHaveCount(0);
  await context.setOffline(false);
  await error.getByRole('button', { name: 'Қайталау' }).click();
  await expect(kiosk.locator('article.ticket')).toBeVisible();
  await expect(kiosk.locator('article.ticket')).toHaveAttribute('data-code', /^А-\d{3}$/);
  // On the ticket screen the language cannot be switched (the ticket is in Kazakh).
  await expect(kiosk.getByRole('button', { name: 'Русский' })).toHaveCount(0);

  await kiosk.getByRole('button', { name: 'Қазақша' }).count(); // (the start screen is not shown yet)
  await kiosk.clock.runFor(16_000);
  await expect(kiosk.getByRole('alertdialog')).toContainText('Сіз осындасыз ба?');
  await expect(kiosk.getByTestId('idle-seconds')).toContainText('секундтан кейін');
  await kiosk.getByRole('button', { name: 'Иә, жалғастырамын' }).click();
  await expect(kiosk.getByRole('alertdialog')).toHaveCount(0);
  await kiosk.clock.runFor(26_000);
  await expect(kiosk.getByRole('button', { name: 'Қазақша' })).toBeVisible();
});

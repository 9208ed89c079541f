import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import readXlsx from 'read-excel-file/node';
import { expectAccessible, open, SCREENSHOTS, signIn } from './helpers';

/** Control of execution through the pages: a protocol with two assignments, the executor's report, removal approved, the bell, the weekly list. */

const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
const KAZAKH = /[ӘҒҚҢӨҰҮҺІ]/;

test('appeals staff write a protocol with two assignments; the executor reports; the head approves removal', async ({
  browser
}) => {
  const appeals = await signIn(browser, 'appeals', 'kk');
  await open(appeals, '/staff/control/protocols');
  await expectAccessible(appeals, 'protocols kk');
  await appeals.locator('tr[data-session] button').first().click();
  await expect(appeals).toHaveURL(/\/staff\/control\/protocols\/\d+$/);
  await appeals.locator('body[data-hydrated]').waitFor();
  await appeals.getByLabel('Тіркеу нөмірі').fill('15-04/130');
  await appeals.getByLabel('Тіркелген күні').fill(new Date().toISOString().slice(0, 10).split('-').reverse().join('.'));
  await appeals.locator('[data-item="1"] textarea').fill('Шатырды жөндеу тапсырылды');
  // Saving reloads the page: wait for that load, not for the one already done.
  await Promise.all([appeals.waitForEvent('load'), appeals.getByRole('button', { name: 'Сақтау' }).click()]);
  await appeals.locator('body[data-hydrated]').waitFor();
  for (const [content, unit] of [
    ['Шатырды жөндеу сметасын дайындау', 'Құрылыс бөлімі'],
    ['Өтініш берушіге жазбаша жауап беру', 'Тұрғын үй-коммуналдық шаруашылық бөлімі']
  ]) {
    await appeals.getByRole('button', { name: 'Тапсырма қосу' }).click();
    await appeals.getByLabel('Мазмұны').fill(content);
    await appeals.getByLabel('Жауапты орындаушы').selectOption({ label: unit });
    await appeals.locator('form.ct-form button.primary', { hasText: 'Тапсырма қосу' }).click();
    await expect(appeals.locator('li[data-assignment]', { hasText: content })).toBeVisible();
    await appeals.waitForLoadState('load');
    await appeals.locator('body[data-hydrated]').waitFor();
  }
  await expect(appeals.locator('li[data-assignment]')).toHaveCount(2);
  await expect(appeals.locator('li[data-assignment]').first()).toContainText('1.1.');
  await expectAccessible(appeals, 'protocol editor kk');
  await shot(appeals, 'control-protocol-kk');
  await appeals.getByRole('button', { name: 'Қол қою' }).click();
  await expect(appeals.locator('.ct-tag').first()).toContainText('Қол қойылды');
  const docx = await appeals.request.get(
    (await appeals.locator('a[href$="/file/kk.docx"]').getAttribute('href')) as string
  );
  const text = strFromU8(unzipSync(new Uint8Array(await docx.body()))['word/document.xml']).replace(/<[^>]+>/g, '');
  expect(text).toContain('Шатырды жөндеу сметасын дайындау');
  expect(text).toMatch(/1\.1\./);
  const link = await appeals
    .locator('li[data-assignment] a', { hasText: 'Шатырды жөндеу сметасын' })
    .getAttribute('href');

  // The executor of the building department reports in Russian, with the signed document.
  const executor = await signIn(browser, 'executor2', 'ru');
  await expect(executor).toHaveURL(/\/staff\/control$/);
  await expect(executor.locator('h1')).toHaveText('Поручения подразделения');
  await expectAccessible(executor, 'executor register ru');
  await open(executor, link!);
  await executor
    .locator('input[type=file]')
    .first()
    .setInputFiles({
      name: 'отчёт-қол-қойылған.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 signed')
    });
  await executor.getByRole('button', { name: 'Приложить документ' }).first().click();
  await expect(executor.locator('a[download]', { hasText: 'отчёт-қол-қойылған.pdf' })).toBeVisible();
  await executor.locator('body[data-hydrated]').waitFor();
  await executor
    .getByLabel('Информация об исполнении', { exact: true })
    .fill('Смета подготовлена и направлена в отдел ЖКХ');
  await executor.getByRole('button', { name: 'Представить информацию об исполнении' }).last().click();
  await expect(executor.locator('.ct-tag').first()).toHaveText('Информация об исполнении представлена');
  await expectAccessible(executor, 'assignment card ru');
  await shot(executor, 'control-card-ru');

  // Appeals staff ask to remove it; the head approves.
  await open(appeals, link!);
  await appeals.getByLabel('Орындалуын бағалаған қызметтік жазба').fill('Толық орындалды');
  await appeals.getByRole('button', { name: 'Бақылаудан алуға ұсыну' }).last().click();
  await expect(appeals.locator('.ct-tag').first()).toHaveText('Бақылаудан алуға ұсынылды');
  const head = await signIn(browser, 'head', 'kk');
  await open(head, link!);
  await head.getByRole('button', { name: 'Келісу' }).click();
  await expect(head.locator('.ct-tag').first()).toHaveText('Бақылаудан алынды');
  await expect(head.locator('ol li').last()).toContainText('Бақылаудан алынды');
  await open(head, '/staff/control/dashboard');
  await expect(head.locator('a.tile.red .n')).not.toHaveText('0');
  await expectAccessible(head, 'dashboard kk');
  await shot(head, 'control-dashboard-kk');
  for (const p of [appeals, executor, head]) await p.context().close();
});

for (const lang of ['kk', 'ru'] as const) {
  test(`the bell shows reminders and the weekly list downloads as DOCX, PDF and XLSX (${lang})`, async ({
    browser
  }) => {
    const page = await signIn(browser, 'executor', lang);
    // The demo's overdue assignment was reminded about when the server started.
    await expect(page.locator('a.bell .bell-count')).toBeVisible();
    await page.locator('a.bell').click();
    await expect(page).toHaveURL(/\/staff\/notifications$/);
    await page.locator('body[data-hydrated]').waitFor();
    await expect(page.locator('li[data-kind="OVERDUE"]').first()).toContainText(
      lang === 'kk' ? 'мерзімі өтті' : 'Просрочено'
    );
    await expectAccessible(page, `notifications ${lang}`);
    await shot(page, `control-notifications-${lang}`);
    await page.context().close();

    const appeals = await signIn(browser, 'appeals', lang);
    await open(appeals, '/staff/control');
    await expect(appeals.locator('tr[data-assignment]')).not.toHaveCount(0);
    await expectAccessible(appeals, `control register ${lang}`);
    await shot(appeals, `control-register-${lang}`);
    const word = lang === 'kk' ? 'Бақылаудағы тапсырмалардың апталық тізбесі' : 'Еженедельный перечень поручений';
    const get = async (f: string) =>
      Buffer.from(await (await appeals.request.get(`/api/v1/control/list.${f}?lang=${lang}`)).body());
    const dir = mkdtempSync(join(tmpdir(), 'q-list-'));
    const docxText = strFromU8(unzipSync(new Uint8Array(await get('docx')))['word/document.xml']).replace(
      /<[^>]+>/g,
      ''
    );
    writeFileSync(join(dir, 'l.pdf'), await get('pdf'));
    const pdfText = execFileSync('pdftotext', ['-layout', join(dir, 'l.pdf'), '-'], { encoding: 'utf8' });
    const sheet = (await readXlsx(await get('xlsx'))).at(0)!.data.flat().join(' ');
    for (const t of [docxText, pdfText.replace(/\s+/g, ' '), sheet]) {
      expect(t).toContain(word);
      // (the PDF's narrow columns may break a long word across lines)
      expect(t).toContain(lang === 'kk' ? 'Мұнайлы' : 'Мунайлин');
    }
    if (lang === 'kk') for (const t of [docxText, sheet]) expect(t).toMatch(KAZAKH);
    // The protocols' promptness (000 ¶92) for the week picked on the page, through its link.
    await appeals.locator('body[data-hydrated]').waitFor();
    const [download] = await Promise.all([
      appeals.waitForEvent('download'),
      appeals.locator(`a[data-promptness="${lang}.pdf"]`).click()
    ]);
    const promptness = execFileSync('pdftotext', [await download.path(), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' '
    );
    expect(promptness).toContain(
      lang === 'kk' ? 'Хаттамалардың уақтылы ресімделуі' : 'своевременности оформления протоколов'
    );
    await appeals.context().close();
  });
}

test('units and a new assignment through their pages (ru and kk), each page accessible', async ({ browser }) => {
  const appeals = await signIn(browser, 'appeals', 'ru');
  await open(appeals, '/staff/control/units');
  await appeals.locator('body[data-hydrated]').waitFor();
  await expect(appeals.getByRole('heading', { name: 'Структурные подразделения и органы' })).toBeVisible();
  await expectAccessible(appeals, 'units ru');
  const add = appeals.getByRole('form', { name: 'Добавить подразделение' });
  await add.getByLabel('Название (на казахском)').fill('Білім бөлімі');
  await add.getByLabel('Название (на русском)').fill('Отдел образования');
  await Promise.all([
    appeals.waitForEvent('load'),
    add.getByRole('button', { name: 'Добавить подразделение' }).click()
  ]);
  await expect(appeals.getByRole('cell', { name: /Отдел образования/ })).toBeVisible();
  await shot(appeals, 'control-units-ru');

  // The head watches the dashboard meanwhile: a new assignment appears on it without a reload.
  const head = await signIn(browser, 'head', 'ru');
  await open(head, '/staff/control/dashboard');
  await head.locator('body[data-hydrated]').waitFor();
  const onControl = () =>
    head.locator('.tile[data-light] .n').evaluateAll((ns) => ns.reduce((sum, n) => sum + Number(n.textContent), 0));
  const before = await onControl();

  await open(appeals, '/staff/control/new');
  await appeals.locator('body[data-hydrated]').waitFor();
  await expectAccessible(appeals, 'new assignment ru');
  await appeals.getByLabel('Номер документа-источника').fill('№ 12-р');
  await appeals.getByLabel('Содержание').fill('Подготовить график ремонта школ района');
  await appeals.getByLabel('Ответственный исполнитель').selectOption({ label: 'Отдел образования' });
  await shot(appeals, 'control-new-ru');
  await appeals.getByRole('button', { name: 'Создать' }).click();
  await expect(appeals).toHaveURL(/\/staff\/control\/assignments\/\d+$/);
  // The card's text (its edit form, folded away, holds the same words in a field).
  await expect(appeals.locator('p.content')).toHaveText('Подготовить график ремонта школ района');
  await expect(appeals.getByText('Отдел образования').first()).toBeVisible();
  await expect.poll(onControl, { timeout: 5000 }).toBe(before + 1);

  const kk = await signIn(browser, 'appeals', 'kk');
  await open(kk, '/staff/control/units');
  await expect(kk.getByRole('heading', { name: 'Құрылымдық бөлімшелер мен органдар' })).toBeVisible();
  await expectAccessible(kk, 'units kk');
  await shot(kk, 'control-units-kk');
  await open(kk, '/staff/control/new');
  await expect(kk.getByRole('heading', { name: 'Жаңа тапсырма' })).toBeVisible();
  await expectAccessible(kk, 'new assignment kk');
  await shot(kk, 'control-new-kk');
});

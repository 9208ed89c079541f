import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SCREENSHOTS, open, pairScreen, signIn, takeWindow } from './helpers';

const printed = () => {
  try {
    return readdirSync('data/printed').length;
  } catch {
    return 0;
  }
};

async function takeTicket(kiosk: Page): Promise<string> {
  await open(kiosk, '/kiosk/demo');
  await kiosk.getByRole('button', { name: 'Русский' }).click();
  await kiosk.getByRole('button', { name: /Консультация/ }).click();
  await kiosk.getByRole('button', { name: /Нет, в общей очереди/ }).click();
  const ticket = kiosk.locator('article.ticket');
  await expect(ticket).toBeVisible();
  return (await ticket.getAttribute('data-code'))!;
}

test('the kiosk prints its ticket; when the printer fails the ticket stands, the kiosk and the console say so, and staff reprint it', async ({
  browser
}) => {
  const kiosk = await (await browser.newContext({ viewport: { width: 1280, height: 1024 }, hasTouch: true })).newPage();
  await pairScreen(kiosk, 'KIOSK', { nameKk: 'Зал, 1-киоск', nameRu: 'Зал, киоск 1', printer: 'hall-1' });
  const before = printed();
  await takeTicket(kiosk);
  await expect.poll(printed).toBe(before + 1); // the demo's virtual printer saved it as a PNG
  await expect(kiosk.getByRole('alert')).toHaveCount(0);

  // The administrator points the kiosk at a printer that is not there.
  const admin = await signIn(browser, 'admin', 'ru');
  const { kiosks } = await (await admin.request.get('/api/v1/admin')).json();
  const { id, ...hall } = kiosks.find((k: { code: string }) => k.code === 'hall-1');
  const broken = { ...hall, printerAddress: '127.0.0.1:9', printTimeoutMs: 1000 };
  expect((await admin.request.put(`/api/v1/admin/kiosks/${id}`, { data: broken })).status()).toBe(200);
  try {
    const code = await takeTicket(kiosk);
    await expect(kiosk.getByRole('alert')).toContainText('Талон не напечатан');
    await kiosk.screenshot({ path: `${SCREENSHOTS}/kiosk-print-failed-ru.png` });

    const staff = await signIn(browser, 'specialist2', 'ru');
    await takeWindow(staff, 4);
    await expect(
      staff.getByRole('alert').filter({ hasText: 'Принтер киоска «Зал, киоск 1»: недоступен' })
    ).toBeVisible();
    const row = staff.locator(`tr[data-code="${code}"]`);
    await expect(row).toContainText('не напечатан');
    await staff.screenshot({ path: `${SCREENSHOTS}/console-printer-fault-ru.png` });

    // Fixed: the reprint comes out of the printer and the fault clears.
    expect((await admin.request.put(`/api/v1/admin/kiosks/${id}`, { data: hall })).status()).toBe(200);
    const beforeReprint = printed();
    await row.getByRole('button', { name: `Печать ${code}` }).click();
    await expect(row.locator('.ok')).toBeVisible();
    await expect.poll(printed).toBe(beforeReprint + 1);
    await expect(staff.locator('.printer-fault')).toHaveCount(0);

    // The preview page shows the ticket as it prints.
    const ticketId = await (async () => {
      const consoleData = await (
        await staff.request.get(staff.url().replace('/staff/window/', '/api/v1/windows/'))
      ).json();
      return consoleData.waiting.find((t: { code: string }) => t.code === code).id as number;
    })();
    await open(staff, `/staff/tickets/${ticketId}`);
    const img = staff.getByRole('img', { name: 'Образец талона' });
    await expect(img).toBeVisible();
    expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(576);
    await staff.screenshot({ path: `${SCREENSHOTS}/ticket-preview-ru.png`, fullPage: true });
  } finally {
    await admin.request.put(`/api/v1/admin/kiosks/${id}`, { data: hall });
  }
});

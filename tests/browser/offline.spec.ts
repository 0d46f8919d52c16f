import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cachedForOffline, cell, FIRST_ACTIVITY, mouseDrag, openBoard, paletteChip, placedChip } from './boardPage';
import { serveStatic, type StaticServer } from './staticServer';

// The service worker is what these tests are about; the suite blocks it elsewhere (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const title = (page: Page) => page.getByRole('textbox', { name: 'Workshop title' });

/** The first visit installs the service worker and caches the whole app, the PDF fonts included. */
async function firstVisit(page: Page): Promise<void> {
  await openBoard(page);
  await cachedForOffline(page);
}

/** Cuts the network; every request the app makes from now on must be answered by its own cache. */
async function cutNetwork(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
}

test('offline after the first visit: open, edit, reload, check, export PDF, save, open a file, share a link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  await firstVisit(page);
  await cutNetwork(context);

  // Open and edit.
  await page.reload();
  await expect(paletteChip(page, 'Legal')).toBeVisible();
  await mouseDrag(page, paletteChip(page, 'Legal'), cell(page, FIRST_ACTIVITY, 'Accountable'));
  await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();

  // Reload: the edit is still there.
  await page.reload();
  await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();

  // Check: a second owner on the same row is found at once.
  await mouseDrag(page, paletteChip(page, 'Public Relations'), cell(page, FIRST_ACTIVITY, 'Accountable'));
  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks.locator('[data-rule="multiple-accountable"]')).toContainText('Legal');

  // Export PDF (jsPDF and the fonts come from the cache).
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const pdf = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Export PDF' }).getByRole('button', { name: 'Export PDF' }).click();
  const pdfFile = await pdf;
  expect(pdfFile.suggestedFilename()).toBe('Who owns social media charter.pdf');
  expect(readFileSync(await pdfFile.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByRole('dialog', { name: 'Export PDF' })).toHaveCount(0);

  // Save a file.
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const savedFile = await saved;
  expect(savedFile.suggestedFilename()).toBe('Who owns social media.raci.json');
  const savedPath = await savedFile.path();
  expect(readFileSync(savedPath, 'utf8')).toContain('"departmentId": "legal"');

  // Open a file: the one just saved, as a new workshop under another name.
  await title(page).fill('Offline copy');
  await title(page).press('Enter');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles(savedPath);
  await expect(title(page)).toHaveValue('Who owns social media?');
  await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();

  // Share a link: made and copied without a network.
  await page.getByRole('button', { name: 'Share' }).click();
  const share = page.getByRole('dialog', { name: 'Share link' });
  await expect(share).toContainText('Link copied to the clipboard.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).hash).toMatch(/^#share=1\./);
  await share.getByRole('button', { name: 'Done' }).click();
  await context.setOffline(false);
});

test.describe('a new version of the app', () => {
  // A port of its own beside the preview server's (the test command picks a free one): this test changes a
  // served file while the app runs.
  const port = Number(process.env.UPDATE_SERVER_PORT ?? Number(process.env.PREVIEW_PORT ?? 4317) + 100);
  let server: StaticServer;
  test.use({ baseURL: `http://127.0.0.1:${port}` });
  test.beforeAll(async () => {
    server = await serveStatic(fileURLToPath(new URL('../../dist', import.meta.url)), port);
  });
  test.afterAll(async () => server.close());

  test('arriving while a workshop is open leaves the workshop and its history alone', async ({ page, context }) => {
    await firstVisit(page);
    await mouseDrag(page, paletteChip(page, 'Legal'), cell(page, FIRST_ACTIVITY, 'Accountable'));
    await mouseDrag(page, paletteChip(page, 'HR'), cell(page, FIRST_ACTIVITY, 'Informed'));
    await expect(placedChip(page, FIRST_ACTIVITY, 'Informed', 'HR')).toBeVisible();

    // The next build: the same files under a new cache name, which makes the browser install a new worker.
    const current = readFileSync(fileURLToPath(new URL('../../dist/sw.js', import.meta.url)), 'utf8');
    server.replace('/sw.js', current.replace(/const CACHE = "([^"]+)";/, 'const CACHE = "$1-next";'));
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
    });
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).length), { message: 'the new version is cached beside the old one' }).toBe(2);

    // The open tab goes on with its version: a lazily loaded dialog still opens, the matrix and undo work.
    await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Charter', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Charter' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(placedChip(page, FIRST_ACTIVITY, 'Informed', 'HR')).toHaveCount(0);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(placedChip(page, FIRST_ACTIVITY, 'Informed', 'HR')).toBeVisible();

    // A reload (still the old worker: the new one waits for every old tab to close) keeps workshop and history.
    await page.reload();
    await expect(placedChip(page, FIRST_ACTIVITY, 'Informed', 'HR')).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(placedChip(page, FIRST_ACTIVITY, 'Informed', 'HR')).toHaveCount(0);
    await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();

    // Every old tab closed: the new version takes over, with the same workshop.
    await page.close();
    const fresh = await context.newPage();
    await fresh.goto('/');
    await expect.poll(() => fresh.evaluate(async () => (await caches.keys()).join(' ')), { message: 'only the new cache is left' }).toMatch(/-next$/);
    await expect(placedChip(fresh, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
  });
});

import { expect, test } from './fixtures';
import { cell, FIRST_ACTIVITY, mouseDrag, openBoard, paletteChip, placedChip } from './boardPage';

test('once loaded, the board, its autosave and the PDF export work without a network', async ({ page, context }) => {
  await openBoard(page);
  // The first visit installs the service worker and caches the whole app, the PDF fonts included.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBe(1);
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open((await caches.keys())[0] ?? '')).keys()).length))
    .toBeGreaterThan(10);

  await context.setOffline(true);
  await page.reload();
  await expect(paletteChip(page, 'Legal')).toBeVisible();
  await mouseDrag(page, paletteChip(page, 'Legal'), cell(page, FIRST_ACTIVITY, 'Accountable'));
  await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
  await page.reload();
  await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();

  await page.getByRole('button', { name: 'Export PDF' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Export PDF' }).getByRole('button', { name: 'Export PDF' }).click();
  expect((await download).suggestedFilename()).toBe('Who owns social media charter.pdf');
  await context.setOffline(false);
});

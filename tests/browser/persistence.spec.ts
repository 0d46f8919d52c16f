import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cell, FIRST_ACTIVITY, mouseDrag, openBoard, paletteChip, placedChip, savedWorkshopContains } from './boardPage';

const AUTOSAVE_KEY = 'raci-workshop/autosave';

/** Leaves `text` in the autosave slot before the first load only, as if an earlier session had. */
async function seedAutosave(page: Page, text: string): Promise<void> {
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
  }, [AUTOSAVE_KEY, text] as const);
}

test('a corrupt saved workshop is kept aside untouched, and the user is told', async ({ page }) => {
  const corrupt = '{"format":"raci-workshop","schemaVersion":1,"document":{ this is not json';
  await seedAutosave(page, corrupt);
  await openBoard(page);
  const alert = page.getByRole('alert').filter({ hasText: 'kept aside' });
  await expect(alert).toContainText('not valid JSON');
  // The app still starts, on the template.
  await expect(cell(page, FIRST_ACTIVITY, 'Accountable')).toBeVisible();

  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('raci-workshop/kept-aside/')).map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual([corrupt]);

  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the kept workshop' }).click();
  const file = await download;
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(path, 'utf8')).toBe(corrupt);

  // Working on the board does not touch the kept copy.
  await mouseDrag(page, paletteChip(page, 'Legal'), cell(page, FIRST_ACTIVITY, 'Accountable'));
  await savedWorkshopContains(page, '"departmentId": "legal"');
  const stillKept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('raci-workshop/kept-aside/')).map((k) => localStorage.getItem(k)),
  );
  expect(stillKept).toEqual([corrupt]);
});

test('a workshop saved by a newer version is kept aside, not overwritten', async ({ page }) => {
  const newer = JSON.stringify({ format: 'raci-workshop', schemaVersion: 99, document: {} });
  await seedAutosave(page, newer);
  await openBoard(page);
  await expect(page.getByRole('alert').filter({ hasText: 'kept aside' })).toContainText('newer version');
});

test('when storage is full, a warning shows and the board keeps working', async ({ page }) => {
  await page.addInitScript(() => {
    const realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(this: Storage, key: string, value: string) {
      if (key.startsWith('raci-workshop/workshops/')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      realSetItem.call(this, key, value);
    };
  });
  await openBoard(page);
  await mouseDrag(page, paletteChip(page, 'Legal'), cell(page, FIRST_ACTIVITY, 'Accountable'));
  await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();

  // Still usable: another drop, and undo.
  await mouseDrag(page, paletteChip(page, 'Sales'), cell(page, FIRST_ACTIVITY, 'Responsible'));
  await expect(placedChip(page, FIRST_ACTIVITY, 'Responsible', 'Sales')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(placedChip(page, FIRST_ACTIVITY, 'Responsible', 'Sales')).toHaveCount(0);
});

test('the autosave is flushed when the page is hidden, within the debounce window', async ({ page }) => {
  await openBoard(page);
  await mouseDrag(page, paletteChip(page, 'HR'), cell(page, FIRST_ACTIVITY, 'Informed'));
  // Close right away: the pagehide flush must write the pending change.
  await page.reload();
  await expect(placedChip(page, FIRST_ACTIVITY, 'Informed', 'HR')).toBeVisible();
});

test('undo still works after a reload of the filled-in example, whose charter comes back with each step', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('button', { name: /^Example: a filled-in matrix/ }).click();
  const target = cell(page, FIRST_ACTIVITY, 'Informed');
  await mouseDrag(page, paletteChip(page, 'Legal'), target);
  await expect(placedChip(page, FIRST_ACTIVITY, 'Informed', 'Legal')).toBeVisible();
  // The history is written when the page is hidden or left, as a reload does.
  await page.reload();
  await expect(placedChip(page, FIRST_ACTIVITY, 'Informed', 'Legal')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(placedChip(page, FIRST_ACTIVITY, 'Informed', 'Legal')).toHaveCount(0);
  await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Charter', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Charter' }).getByRole('textbox', { name: 'Purpose and objectives' })).not.toHaveValue('');
});

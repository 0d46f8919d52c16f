import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { cell, chooseFromMore, FIRST_ACTIVITY, mouseDrag, openBoard, paletteChip } from './boardPage';

test.beforeEach(async ({ page }) => {
  // Chromium has a save picker that automation cannot answer; without it the app falls back to a download.
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
});

test('Save and Ctrl+S download the open workshop as <title>.raci.json', async ({ page }) => {
  await openBoard(page);
  await mouseDrag(page, paletteChip(page, 'Legal'), cell(page, FIRST_ACTIVITY, 'Accountable'));

  const first = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save' }).click();
  const file = await first;
  expect(file.suggestedFilename()).toBe('Who owns social media.raci.json');
  const saved = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(saved).toMatchObject({ format: 'raci-workshop', schemaVersion: 1 });
  expect(saved.document.assignments).toEqual([{ activityId: 'strategy', departmentId: 'legal', role: 'A' }]);
  await expect(page.locator('.status-bar')).toHaveText('Saved Who owns social media.raci.json.');

  // The shortcut works from inside the title field too, and the name follows the title.
  const title = page.getByRole('textbox', { name: 'Workshop title' });
  await title.fill('Charter: Nordics');
  await title.press('Enter');
  const second = page.waitForEvent('download');
  await title.focus();
  await page.keyboard.press('Control+s');
  expect((await second).suggestedFilename()).toBe('Charter Nordics.raci.json');
});

test('Export CSV downloads the matrix for spreadsheets', async ({ page }) => {
  await openBoard(page);
  await mouseDrag(page, paletteChip(page, 'Marketing'), cell(page, FIRST_ACTIVITY, 'Accountable'));
  const download = page.waitForEvent('download');
  await chooseFromMore(page, 'Export CSV');
  const file = await download;
  expect(file.suggestedFilename()).toBe('Who owns social media.csv');
  const lines = readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toMatch(/^Group,Activity,Social property,Marketing,Public Relations,/);
  expect(lines[1]).toMatch(/^Strategy & governance,Set social media strategy and objectives,,A,/);
});

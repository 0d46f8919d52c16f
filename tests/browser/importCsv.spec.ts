import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cell, chooseFromMore, COMMON_SHEET, dropFile, FIRST_ACTIVITY, mouseDrag, openBoard, paletteChip, placedChip } from './boardPage';
import { lookAtPage } from './lookAtPage';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
});

const title = (page: Page) => page.getByRole('textbox', { name: 'Workshop title' });
const preview = (page: Page, file: string) => page.getByRole('dialog', { name: `Import “${file}”` });

test('the app’s own CSV export opens back as the same matrix, in a new workshop', async ({ page }) => {
  await openBoard(page);
  await mouseDrag(page, paletteChip(page, 'Legal'), cell(page, FIRST_ACTIVITY, 'Accountable'));
  const download = page.waitForEvent('download');
  await chooseFromMore(page, 'Export CSV');
  const csvPath = await (await download).path();

  const chooser = page.waitForEvent('filechooser');
  await chooseFromMore(page, 'Import spreadsheet…');
  await (await chooser).setFiles({ name: 'returned.csv', mimeType: 'text/csv', buffer: readFileSync(csvPath) });
  const dialog = preview(page, 'returned.csv');
  await expect(dialog).toContainText('Read as this app’s own CSV export');
  await expect(dialog.getByRole('textbox', { name: 'Title of the new workshop' })).toBeFocused();
  await expect(dialog.getByRole('textbox', { name: 'Title of the new workshop' })).toHaveValue('returned');
  await expect(dialog.getByRole('combobox', { name: 'Role letters' })).toHaveValue('RACI');
  await expect(dialog.getByRole('heading', { name: /Left out/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Open as new workshop' }).click();

  await expect(dialog).toHaveCount(0);
  await expect(title(page)).toHaveValue('returned');
  await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
  await expect(page.locator('.status-bar')).toHaveText('Imported “returned.csv” as a new workshop: returned. The previous one is in Workshops.');
});

test('a spreadsheet chosen with Open goes to the import preview, not to a refusal as "not valid JSON"', async ({ page }) => {
  await openBoard(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles({ name: 'raci.csv', mimeType: 'text/csv', buffer: Buffer.from(COMMON_SHEET) });
  const dialog = preview(page, 'raci.csv');
  await expect(dialog).toContainText('8 activities in 3 groups, 8 departments, 32 roles given.');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(title(page)).toHaveValue('Who owns social media?');
});

test('a sheet in the common layout, dropped on the window, is previewed with what it leaves out, then opens', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openBoard(page);
  await dropFile(page, { name: 'raci.csv', type: 'text/csv', text: COMMON_SHEET });
  const dialog = preview(page, 'raci.csv');
  await expect(dialog).toContainText('Read as activities down and departments across (header in row 2): 8 activities in 3 groups, 8 departments, 32 roles given.');
  await expect(dialog.getByRole('textbox', { name: 'Title of the new workshop' })).toHaveValue('Social media responsibilities');
  const notes = dialog.getByRole('heading', { name: 'Left out or read in a particular way (2)' });
  await expect(notes).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText([
    'The sheet’s legend (row 15) was read: R = Responsible.',
    '“x” in 2 cells: read as Responsible (choose another role for it in the preview).',
  ]);
  const table = dialog.getByRole('table');
  await expect(table.getByRole('rowheader').first()).toContainText('Set the social media strategy');
  await expect(table.getByRole('row').nth(1).getByRole('img', { name: 'Accountable' })).toHaveCount(1);
  expect((await lookAtPage(page)).map((p) => `${p.kind}: ${p.where}: ${p.detail}`)).toEqual([]);

  // Read as RASCI instead, the letters are the same and the scheme follows the choice.
  await dialog.getByRole('combobox', { name: 'Role letters' }).selectOption('RASCI');
  await expect(dialog.getByText('As chosen.')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Role letters' }).selectOption('RACI');
  await dialog.getByRole('button', { name: 'Open as new workshop' }).click();

  await expect(title(page)).toHaveValue('Social media responsibilities');
  await expect(placedChip(page, 'Lead the crisis response', 'Accountable', 'Public Relations')).toBeVisible();
  await expect(placedChip(page, 'Plan the editorial calendar', 'Responsible', 'Agency')).toBeVisible();
});

test('Cancel leaves everything as it was; a workbook or a broken sheet is refused with the reason', async ({ page }) => {
  await openBoard(page);
  await mouseDrag(page, paletteChip(page, 'Legal'), cell(page, FIRST_ACTIVITY, 'Accountable'));
  const before = await title(page).inputValue();

  await dropFile(page, { name: 'raci.csv', type: 'text/csv', text: COMMON_SHEET });
  await preview(page, 'raci.csv').getByRole('button', { name: 'Cancel' }).click();
  await expect(preview(page, 'raci.csv')).toHaveCount(0);

  const input = page.getByTestId('import-csv-input');
  const cases: [string, string, RegExp][] = [
    ['book.csv', 'PK\u0003\u0004binary', /This workbook is damaged and cannot be read/],
    ['broken.csv', 'Activity,Legal\r\n"Post,R\r\n', /starts on line 2 is never closed/],
    ['list.csv', 'Activity,Notes\r\nPost,later\r\n', /Row 1 looks like the header, but no column below it holds role marks/],
  ];
  for (const [name, text, message] of cases) {
    await input.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'latin1') });
    const alert = page.getByRole('alertdialog', { name: `Could not open “${name}”` });
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Nothing was changed');
    await alert.getByRole('button', { name: 'OK' }).click();
  }
  await expect(title(page)).toHaveValue(before);
  await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
});

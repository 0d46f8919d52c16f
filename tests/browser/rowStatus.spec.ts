import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { pdfText } from '../charter/pdfText';
import { openExample } from './boardPage';

test('by keyboard: a row is marked disputed from the row, waits in the parking lot with a note, and is agreed there', async ({ page }) => {
  await openExample(page);
  const status = page.getByRole('button', { name: 'Status of Lead crisis response: not settled' });
  await status.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitemradio', { name: 'Open' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitemradio', { name: 'Disputed' })).toBeFocused();
  await page.keyboard.press('Enter');
  const disputed = page.getByRole('button', { name: 'Status of Lead crisis response: Disputed' });
  await expect(disputed).toBeFocused();
  await expect(page.locator('.status-bar')).toContainText('Lead crisis response: disputed. Undo with Ctrl+Z.');
  await expect(page.locator('.row[data-activity="crisis"]')).toHaveAttribute('data-row-status', 'disputed');

  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks.getByText('0 agreed, 1 disputed, 0 parked', { exact: true })).toBeVisible();
  await checks.getByRole('button', { name: 'Show' }).click();
  const lot = checks.getByRole('region', { name: 'Parking lot (1)' });
  const note = lot.getByRole('textbox', { name: 'Why Lead crisis response waits' });
  await note.fill('Legal wants to see the crisis plan first');
  await note.press('Enter');
  await expect(page.locator('.status-bar')).toContainText('Noted why Lead crisis response waits.');

  // Reviewed at the end: agreed from the parking lot, the row leaves it.
  await lot.getByRole('button', { name: 'Status of Lead crisis response: Disputed' }).click();
  await page.getByRole('menuitemradio', { name: 'Agreed' }).click();
  await expect(checks.getByRole('region', { name: /Parking lot/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Status of Lead crisis response: Agreed' })).toBeVisible();
  // Escape closes a menu without choosing.
  await page.getByRole('button', { name: 'Status of Lead crisis response: Agreed' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(page.locator('.row[data-activity="crisis"]')).toHaveAttribute('data-row-status', 'agreed');
});

test('Export PDF says a charter is a draft before it exports, and why; the PDF carries the mark and the parking lot', async ({ page }) => {
  await openExample(page);
  const exportButton = page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Export PDF' });
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await exportButton.click();
  await expect(dialog.getByText('Final: no error is open and no row is disputed or parked.')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Status of Lead crisis response: not settled' }).click();
  await page.getByRole('menuitemradio', { name: 'Parked' }).click();
  await exportButton.click();
  await expect(dialog.getByText(/A draft:\s*1 parked row\. Every page will be marked DRAFT\./)).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  const { pages } = await pdfText(new Uint8Array(readFileSync(await (await download).path())));
  for (const text of pages) expect(text).toContain('DRAFT · 1 parked row');
  expect(pages.join(' ')).toContain('Parking lot');
});

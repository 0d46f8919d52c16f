import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { pdfText } from '../charter/pdfText';
import { openExample } from './boardPage';

test('by keyboard: a row is parked from the row with the reason asked right there, which the parking lot shows; one Undo takes back both', async ({ page }) => {
  await openExample(page);
  await page.getByRole('button', { name: 'Status of Set social media strategy and objectives: not settled' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitemradio', { name: 'Open' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitemradio', { name: 'Parked' })).toBeFocused();
  await page.keyboard.press('Enter');
  const row = page.locator('.row[data-activity="strategy"]');
  await expect(row).toHaveAttribute('data-row-status', 'parked');
  const reason = row.getByRole('textbox', { name: 'Parked. Why does this row wait?' });
  await expect(reason).toBeFocused();
  await page.keyboard.type('Waits for the budget round');
  await page.keyboard.press('Enter');
  await expect(reason).toHaveCount(0);
  const parked = row.getByRole('button', { name: 'Status of Set social media strategy and objectives: Parked' });
  await expect(parked).toBeFocused();
  await expect(page.locator('.status-bar')).toContainText('Noted why Set social media strategy and objectives waits.');

  const checks = page.getByRole('region', { name: 'Checks' });
  await checks.getByRole('button', { name: 'Show' }).click();
  const note = checks.getByRole('region', { name: 'Parking lot (1)' }).getByRole('textbox', { name: 'Why Set social media strategy and objectives waits' });
  await expect(note).toHaveValue('Waits for the budget round');

  await parked.focus();
  await page.keyboard.press('Control+z');
  await expect(row).toHaveAttribute('data-row-status', 'open');
  await expect(checks.getByRole('region', { name: /Parking lot/ })).toHaveCount(0);
});

test('the status square is large enough to find, says what it is for when pointed at or reached by Tab, and the activity editor sets the status too', async ({ page }) => {
  await openExample(page);
  const square = page.getByRole('button', { name: 'Status of Write the social media policy: not settled' });
  const label = page.locator('.menu-button', { has: square }).getByText('Status: not settled ▾');
  const box = await square.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(24);
  expect(box?.height).toBeGreaterThanOrEqual(24);
  await expect(label).toBeHidden();
  await square.hover();
  await expect(label).toBeVisible();
  await page.mouse.move(640, 10);
  await expect(label).toBeHidden();
  // Reached by Tab from the check mark's row before it, as a keyboard user comes to it.
  await page.getByRole('button', { name: /^Set social media strategy and objectives, edit activity$/ }).focus();
  for (let i = 0; i < 20 && !(await square.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(square).toBeFocused();
  await expect(label).toBeVisible();

  await page.getByRole('button', { name: /^Write the social media policy, edit activity$/ }).click();
  const editor = page.getByRole('dialog', { name: 'Edit activity' });
  await editor.getByRole('radio', { name: 'Disputed' }).check();
  await editor.getByRole('textbox', { name: 'Why does this row wait? (optional)' }).fill('HR and Legal both want to own it');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toHaveCount(0);
  const row = page.locator('.row[data-activity="policy"]');
  await expect(row).toHaveAttribute('data-row-status', 'disputed');
  await expect(row.getByRole('button', { name: 'Status of Write the social media policy: Disputed' })).toHaveText(/≠/);
  const checks = page.getByRole('region', { name: 'Checks' });
  await checks.getByRole('button', { name: 'Show' }).click();
  await expect(checks.getByRole('textbox', { name: 'Why Write the social media policy waits' })).toHaveValue('HR and Legal both want to own it');
});

test('by keyboard: a row is disputed from the row, Escape goes on without a reason, it waits in the parking lot where a note is added, and is agreed there', async ({ page }) => {
  await openExample(page);
  const status = page.getByRole('button', { name: 'Status of Lead crisis response: not settled' });
  await status.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitemradio', { name: 'Open' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitemradio', { name: 'Disputed' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Disputed. Why does this row wait?' })).toBeFocused();
  await expect(page.locator('.status-bar')).toContainText('Lead crisis response: disputed. Undo with Ctrl+Z.');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('form', { name: 'Lead crisis response: why it waits' })).toHaveCount(0);
  const disputed = page.getByRole('button', { name: 'Status of Lead crisis response: Disputed' });
  await expect(disputed).toBeFocused();
  await expect(page.locator('.row[data-activity="crisis"]')).toHaveAttribute('data-row-status', 'disputed');

  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks.getByText('0 agreed, 1 disputed, 0 parked', { exact: true })).toBeVisible();
  await checks.getByRole('button', { name: 'Show' }).click();
  const lot = checks.getByRole('region', { name: 'Parking lot (1)' });
  const note = lot.getByRole('textbox', { name: 'Why Lead crisis response waits' });
  await expect(note).toHaveValue('');
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
  await expect(dialog.getByText('Final: no error is open, no row is disputed or parked, and no department objects.')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Status of Lead crisis response: not settled' }).click();
  await page.getByRole('menuitemradio', { name: 'Parked' }).click();
  await page.getByRole('button', { name: 'No reason' }).click();
  await exportButton.click();
  await expect(dialog.getByText(/A draft:\s*1 parked row\. Every page will be marked DRAFT\./)).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  const { pages } = await pdfText(new Uint8Array(readFileSync(await (await download).path())));
  for (const text of pages) expect(text).toContain('DRAFT · 1 parked row');
  expect(pages.join(' ')).toContain('Parking lot');
});

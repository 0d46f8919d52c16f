import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { pdfText } from '../charter/pdfText';
import { cell, FIRST_ACTIVITY, mouseDrag, openBoard, paletteChip } from './boardPage';

test('Charter texts and Export PDF: the downloaded charter holds them, in every script', async ({ page }) => {
  const { foreignRequests, consoleErrors } = await openBoard(page);
  await mouseDrag(page, paletteChip(page, 'Legal'), cell(page, FIRST_ACTIVITY, 'Accountable'));
  await page.getByRole('textbox', { name: 'Workshop title' }).fill('Κοινωνικά δίκτυα и соцсети: Übersicht');
  await page.getByRole('textbox', { name: 'Workshop title' }).press('Enter');

  await page.getByRole('button', { name: 'Charter' }).click();
  const charter = page.getByRole('dialog', { name: 'Charter' });
  await charter.getByRole('textbox', { name: 'Organization' }).fill('Müller & Søn GmbH');
  await charter.getByRole('textbox', { name: 'Executive sponsor' }).fill('Γιώργος Παπαδόπουλος');
  await charter.getByRole('textbox', { name: 'Trigger 1' }).fill('Shitstorm über Nacht');
  await charter.getByRole('textbox', { name: 'Who acts 1' }).fill('Public Relations');
  await charter.getByRole('textbox', { name: 'How fast 1' }).fill('binnen 1 Stunde');
  await charter.getByRole('textbox', { name: 'Legal' }).fill('Ольга Иванова');
  await charter.getByRole('button', { name: 'Save' }).click();
  await expect(charter).toHaveCount(0);

  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await dialog.getByRole('radio', { name: 'A4' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Κοινωνικά δίκτυα и соцсети Übersicht charter.pdf');
  await expect(page.locator('.status-bar')).toContainText('Exported');

  const { pages, info } = await pdfText(new Uint8Array(readFileSync(await file.path())));
  const text = pages.join(' ');
  for (const expected of ['Κοινωνικά δίκτυα и соцсети: Übersicht', 'Müller & Søn GmbH', 'Γιώργος Παπαδόπουλος', 'Shitstorm über Nacht', 'Ольга Иванова', 'The RACI matrix', 'Sign-off']) {
    expect(text).toContain(expected);
  }
  expect(pages[pages.length - 1]).toContain(`Page ${pages.length} of ${pages.length}`);
  expect(info.Title).toBe('Κοινωνικά δίκτυα и соцсети: Übersicht: social media charter');
  expect(foreignRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('characters the fonts cannot draw are listed before export', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('textbox', { name: 'Workshop title' }).fill('社交媒体 charter');
  await page.getByRole('textbox', { name: 'Workshop title' }).press('Enter');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await expect(dialog.getByRole('alert')).toContainText('社 交 媒 体');
  await expect(dialog.getByRole('button', { name: 'Export anyway' })).toBeEnabled();
});

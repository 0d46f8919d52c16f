import { expect, test } from './fixtures';
import { openExample } from './boardPage';

test('the departments view prints one department per page, without the app around it', async ({ page }) => {
  await openExample(page);
  await page.keyboard.press('Alt+Shift+D');
  await expect(page.getByRole('article')).toHaveCount(10);
  await expect(page.getByRole('article', { name: 'Public Relations (PR)' })).toContainText('Accountable (6)');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('toolbar', { name: 'Workshop' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Checks' })).toBeHidden();
  // What the print dialog would print: as many pages as departments, each headed by its department.
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(10);
});

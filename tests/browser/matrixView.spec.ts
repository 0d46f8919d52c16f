import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fontsLoaded, openExample } from './boardPage';

const grid = (page: Page) => page.getByRole('grid', { name: 'Responsibility matrix' });

test('by keyboard alone: Alt+Shift+M opens the matrix with the focus in it, a letter sets a role, undo takes it back', async ({ page }) => {
  await openExample(page);
  await page.keyboard.press('Alt+Shift+M');
  await expect(grid(page)).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'Set social media strategy and objectives, Marketing: Responsible, Accountable' })).toBeFocused();
  // Down to "Write the social media policy", right to Customer Service (third column): no role yet.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const cell = page.getByRole('gridcell', { name: /^Write the social media policy, Customer Service: / });
  await expect(cell).toBeFocused();
  await page.keyboard.press('c');
  await expect(page.getByRole('gridcell', { name: 'Write the social media policy, Customer Service: Consulted' })).toBeFocused();
  await expect(page.locator('.status-bar')).toContainText('Customer Service: Consulted for Write the social media policy.');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('gridcell', { name: 'Write the social media policy, Customer Service: no role' })).toBeVisible();
  await page.keyboard.press('Alt+Shift+B');
  await expect(page.getByRole('table', { name: 'Responsibility matrix' })).toBeVisible();
});

test('at 1280x720 the matrix shows 20 activity rows of the filled example, and the view is remembered after a reload', async ({ page }) => {
  await openExample(page);
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Matrix' }).click();
  await expect(grid(page)).toBeVisible();
  await fontsLoaded(page);
  const inView = await page.locator('.matrix').evaluate((frame) => {
    const box = frame.getBoundingClientRect();
    return [...frame.querySelectorAll('tr[data-activity]')].filter((row) => {
      const r = row.getBoundingClientRect();
      return r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
    }).length;
  });
  expect(inView).toBeGreaterThanOrEqual(20);
  await page.reload();
  await expect(grid(page)).toBeVisible();
  await expect(page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Matrix' })).toHaveAttribute('aria-pressed', 'true');
});

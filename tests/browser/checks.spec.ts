import { expect, test } from '@playwright/test';
import { cell, FIRST_ACTIVITY, mouseDrag, openBoard, paletteChip } from './boardPage';

const checks = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Checks' });

test('a drop makes a finding disappear at once, and Undo brings it back', async ({ page }) => {
  await openBoard(page);
  const finding = checks(page).locator('li[data-rule="no-accountable"]').filter({ hasText: FIRST_ACTIVITY });
  await expect(finding).toHaveText(`✕No department is accountable for ${FIRST_ACTIVITY}. Agree on one.`);
  await expect(checks(page)).toContainText('0 of 22 activities have an owner');

  await mouseDrag(page, paletteChip(page, 'Marketing'), cell(page, FIRST_ACTIVITY, 'Accountable'));
  await expect(finding).toHaveCount(0);
  await expect(checks(page)).toContainText('1 of 22 activities have an owner');
  await expect(page.locator(`[data-activity="strategy"]`)).toHaveAttribute('data-status', 'error');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(finding).toHaveCount(1);
  await expect(checks(page)).toContainText('0 of 22 activities have an owner');
});

test('a finding brings its row into view; the panel collapses for the projector', async ({ page }) => {
  await openBoard(page);
  const last = checks(page).locator('li[data-rule="no-accountable"]').filter({ hasText: 'Measure and report results' });
  await last.getByRole('button').click();
  const row = page.locator('[data-activity="measurement"]');
  // Looked for at once: the light lasts a couple of seconds, which a busy machine can spend scrolling.
  await Promise.all([expect(row).toHaveClass(/row--highlight/), expect(row).toBeInViewport()]);

  await checks(page).getByRole('button', { name: 'Hide' }).click();
  await expect(checks(page).getByRole('listitem')).toHaveCount(0);
  await expect(checks(page)).toContainText('0 of 22 activities have an owner');
  await checks(page).getByRole('button', { name: 'Show' }).click();
  await expect(checks(page).locator('li[data-rule]').first()).toBeVisible();
});

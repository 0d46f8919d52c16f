import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cell, FIRST_ACTIVITY, mouseDrag, openBoard, paletteChip } from './boardPage';

const checks = (page: Page) => page.getByRole('region', { name: 'Checks' });

test('the empty template reads as work to do; the touched row is judged at once, and Undo brings it back', async ({ page }) => {
  await openBoard(page);
  // Progress, not failure: no error, no red mark, the findings folded away.
  await expect(checks(page).locator('.checks__score')).toHaveText('0 of 22');
  await expect(checks(page)).toContainText('22 still to do');
  await expect(checks(page).locator('.checks__count--error')).toHaveText('0 errors');
  await expect(checks(page).getByRole('button', { name: 'Show' })).toBeVisible();
  await expect(page.locator('.row[data-status="error"]')).toHaveCount(0);
  await expect(page.locator('[data-activity="strategy"]').getByRole('img', { name: 'Checks: still to do' })).toBeVisible();

  await mouseDrag(page, paletteChip(page, 'Marketing'), cell(page, FIRST_ACTIVITY, 'Accountable'));
  await expect(checks(page)).toContainText('21 still to do');
  await expect(page.locator(`[data-activity="strategy"]`)).toHaveAttribute('data-status', 'error');
  const finding = checks(page).locator('li[data-rule="no-responsible"]').filter({ hasText: FIRST_ACTIVITY });
  await expect(finding).toHaveCount(1);
  await expect(checks(page).locator('li[data-rule="no-accountable"]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(finding).toHaveCount(0);
  await expect(checks(page)).toContainText('22 still to do');
});

test('every rule over every row is one click away, and the choice stays with the workshop', async ({ page }) => {
  await openBoard(page);
  await checks(page).getByRole('button', { name: 'Judge every row' }).click();
  await expect(checks(page).getByRole('button', { name: 'Judge every row' })).toHaveAttribute('aria-pressed', 'true');
  const finding = checks(page).locator('li[data-rule="no-accountable"]').filter({ hasText: FIRST_ACTIVITY });
  await expect(finding).toHaveText(`✕No department is accountable for ${FIRST_ACTIVITY}. Agree on one.`);
  await expect(checks(page).locator('.checks__count--error')).toHaveText('44 errors');
  await expect(checks(page)).toContainText('0 of 22 activities settled');
  await page.reload();
  await expect(checks(page).getByRole('button', { name: 'Judge every row' })).toHaveAttribute('aria-pressed', 'true');
  await expect(finding).toHaveCount(1);
});

test('a finding brings its row into view; the panel collapses for the projector', async ({ page }) => {
  await openBoard(page);
  await checks(page).getByRole('button', { name: 'Judge every row' }).click();
  const last = checks(page).locator('li[data-rule="no-accountable"]').filter({ hasText: 'Measure and report results' });
  await last.getByRole('button').click();
  const row = page.locator('[data-activity="measurement"]');
  // Looked for at once: the light lasts a couple of seconds, which a busy machine can spend scrolling.
  await Promise.all([expect(row).toHaveClass(/row--highlight/), expect(row).toBeInViewport()]);

  await checks(page).getByRole('button', { name: 'Hide' }).click();
  await expect(checks(page).getByRole('listitem')).toHaveCount(0);
  await expect(checks(page)).toContainText('0 of 22 activities settled');
  await checks(page).getByRole('button', { name: 'Show' }).click();
  await expect(checks(page).locator('li[data-rule]').first()).toBeVisible();
});

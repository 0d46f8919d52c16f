import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cell, FIRST_ACTIVITY, mouseDrag, openBoard, paletteChip } from './boardPage';

/**
 * The board stays put under the pointer: the first finding of a session does not narrow the lanes between
 * two drops, and on a tablet the Checks panel leaves the board most of the screen.
 */
const checks = (page: Page) => page.getByRole('region', { name: 'Checks' });
const laneWidths = (page: Page) => page.locator('.grid__header .lane-header').evaluateAll((lanes) => lanes.map((lane) => lane.getBoundingClientRect().width));
const boxOf = async (locator: Locator) => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('no box');
  return box;
};

test('at 1280x720 the first finding opens the Checks panel within its own width: no lane moves', async ({ page }) => {
  await openBoard(page);
  await expect(checks(page).getByRole('button', { name: 'Show' })).toBeVisible();
  const before = await laneWidths(page);
  expect(before).toHaveLength(4);

  await mouseDrag(page, paletteChip(page, 'Marketing'), cell(page, FIRST_ACTIVITY, 'Accountable'));
  await expect(checks(page).getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-expanded', 'true');
  await expect(checks(page).locator('li[data-rule="no-responsible"]')).toHaveCount(1);
  expect(await laneWidths(page)).toEqual(before);
});

test('on a tablet the first finding leaves the panel folded under the board; opened, it leaves the board most of the screen', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openBoard(page);
  // The board as a person first sees it: with its Checks panel, whose code loads just after the board's.
  await expect(checks(page).getByRole('button', { name: 'Show' })).toHaveAttribute('aria-expanded', 'false');
  const board = page.locator('.board');
  const before = await boxOf(board);

  await mouseDrag(page, paletteChip(page, 'Marketing'), cell(page, FIRST_ACTIVITY, 'Accountable'));
  await expect(page.locator('[data-activity="strategy"]')).toHaveAttribute('data-status', 'error');
  await expect(checks(page).locator('.checks__count--error')).toHaveText('1 error');
  await expect(checks(page).getByRole('button', { name: 'Show' })).toHaveAttribute('aria-expanded', 'false');
  expect(await boxOf(board)).toEqual(before);

  await checks(page).getByRole('button', { name: 'Show' }).click();
  await expect(checks(page).locator('li[data-rule="no-responsible"]')).toBeVisible();
  const opened = await boxOf(board);
  expect(opened.width).toBe(before.width);
  expect(opened.height).toBeGreaterThan(768 / 2);
});

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { generateMatrix } from '../../bench/generateMatrix';
import { openBoard, openMatrix } from './boardPage';

const grid = (page: Page) => page.getByRole('grid', { name: 'Responsibility matrix' });
const frame = (page: Page) => page.locator('.matrix');
const renderedRows = (page: Page) => page.locator('.matrix tr[data-activity]').count();
/** The cell the keyboard is on: its activity and department, from its name ("Activity 7, Department 3: no role"). */
const focusedCell = (page: Page) =>
  page.evaluate(() => {
    const cell = document.activeElement;
    return cell instanceof HTMLTableCellElement && cell.getAttribute('role') === 'gridcell' ? (cell.textContent ?? '').split(':')[0] : undefined;
  });

/** A 200 x 30 matrix (200 activities in 20 groups), with a long name far down, opened in the matrix view. */
async function openLongMatrixView(page: Page) {
  const generated = generateMatrix(200, 30);
  const doc = {
    ...generated,
    activities: generated.activities.map((a) => (a.id === 'a170' ? { ...a, name: 'Answer the regulator’s questions about the group-wide social media archive' } : a)),
  };
  await openBoard(page);
  await openMatrix(page, doc);
  await page.keyboard.press('Alt+Shift+M');
  await expect(grid(page)).toBeVisible();
  return doc;
}

test('a 200-row matrix view renders the rows near the view, says how many there are, and keeps its columns as it scrolls', async ({ page }) => {
  await openLongMatrixView(page);
  // 200 activities, 20 group headers and the header row, 30 departments and the activity column; of 6,000
  // cells only those of the rows and columns near the view.
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '221');
  await expect(grid(page)).toHaveAttribute('aria-colcount', '31');
  expect(await renderedRows(page)).toBeLessThan(80);
  const cells = () => page.locator('.matrix td[role="gridcell"]').count();
  expect(await cells()).toBeLessThan(1000);
  await expect(page.locator('tr[data-activity="a1"]')).toHaveAttribute('aria-rowindex', '3');
  const widths = () => page.locator('.matrix thead th').evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().width)));
  const atTop = await widths();

  // At the end (again, as rows measured on the way turn out taller than guessed), the last row is there with
  // its place among all rows, under the header that stays at the top; the long name far down was room made for from the start.
  const last = page.locator('tr[data-activity="a200"]');
  await expect
    .poll(() => frame(page).evaluate((f) => {
      f.scrollTo({ top: f.scrollHeight });
      const row = f.querySelector('tr[data-activity="a200"]')?.getBoundingClientRect();
      return row !== undefined && row.bottom <= f.getBoundingClientRect().bottom + 1;
    }))
    .toBe(true);
  await expect(last).toBeInViewport();
  await expect(last).toHaveAttribute('aria-rowindex', '221');
  expect(await renderedRows(page)).toBeLessThan(80);
  const [frameTop, headerTop] = await frame(page).evaluate((f) => [f.getBoundingClientRect().top, f.querySelector('thead th')?.getBoundingClientRect().top ?? -1]);
  expect(Math.abs((headerTop ?? 0) - (frameTop ?? 0))).toBeLessThanOrEqual(1);
  expect(await widths()).toEqual(atTop);

  // Sideways to the last department: its cells are rendered, in their place among all columns.
  await frame(page).evaluate((f) => f.scrollTo({ left: f.scrollWidth }));
  await expect(page.locator('tr[data-activity="a200"] td[aria-colindex="31"]')).toBeInViewport();
  expect(await cells()).toBeLessThan(1000);
  expect(await widths()).toEqual(atTop);
});

test('the keyboard goes down a long matrix view past the rows first rendered, the focus always on a real cell', async ({ page }) => {
  await openLongMatrixView(page);
  await expect.poll(() => focusedCell(page)).toBe('Activity 1, Department 1');
  // One row at a time, past the rows rendered when the view opened; each step in view and in focus.
  for (let row = 2; row <= 60; row += 1) {
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedCell(page)).toBe(`Activity ${row}, Department 1`);
  }
  await expect(page.locator('tr[data-activity="a60"] td[tabindex="0"]')).toBeInViewport();
  // To the last cell and back: the rows between are not all rendered, the focused one is.
  await page.keyboard.press('Control+End');
  await expect.poll(() => focusedCell(page)).toBe('Activity 200, Department 30');
  await expect(page.locator('tr[data-activity="a200"] td[tabindex="0"]')).toBeInViewport();
  await page.keyboard.press('c');
  await expect(page.locator('.status-bar')).toContainText('for Activity 200.');
  await page.keyboard.press('Control+Home');
  await expect.poll(() => focusedCell(page)).toBe('Activity 1, Department 1');
  expect(await renderedRows(page)).toBeLessThan(80);

  // Scrolled away with the mouse wheel, the focused row stays, and the keys go on from it.
  await frame(page).hover();
  await page.mouse.wheel(0, 3000);
  await expect.poll(() => frame(page).evaluate((f) => f.scrollTop)).toBeGreaterThan(2000);
  await expect.poll(() => focusedCell(page)).toBe('Activity 1, Department 1');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedCell(page)).toBe('Activity 1, Department 2');
  await expect(page.locator('tr[data-activity="a1"] td[tabindex="0"]')).toBeInViewport();
});

test('Find in a long matrix view reaches the last activity, which the view has not rendered', async ({ page }) => {
  await openLongMatrixView(page);
  await expect(page.locator('tr[data-activity="a200"]')).toHaveCount(0);
  await page.keyboard.press('Control+f');
  const find = page.getByRole('searchbox', { name: 'Find an activity' });
  await expect(find).toBeFocused();
  await page.keyboard.type('Activity 200');
  await expect(page.locator('.finder__count')).toContainText('1 of 1: Activity 200');
  const last = page.locator('tr[data-activity="a200"]');
  await expect(last).toBeInViewport();
  await expect(last).toHaveClass(/matrix__row--active/);
  // Enter steps through the matches, also back up to a row not rendered any more.
  await find.fill('Activity 1');
  // Activity 1, 10 to 19 and 100 to 199 (170 is named otherwise).
  await expect(page.locator('.finder__count')).toContainText('1 of 110: Activity 1');
  await page.keyboard.press('Shift+Enter');
  await expect(page.locator('.finder__count')).toContainText('110 of 110: Activity 199');
  await expect(page.locator('tr[data-activity="a199"]')).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(find).toHaveValue('');
});

test('printing a long matrix view puts every row on paper', async ({ page }) => {
  await openLongMatrixView(page);
  expect(await renderedRows(page)).toBeLessThan(80);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.matrix tr[data-activity]')).toHaveCount(200);
  await expect(page.locator('.matrix__space')).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Find an activity' })).toBeHidden();
  await expect(page.locator('.matrix__corner-title')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect.poll(() => renderedRows(page)).toBeLessThan(80);
});

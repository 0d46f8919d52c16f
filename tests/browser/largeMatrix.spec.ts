import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { generateMatrix } from '../../bench/generateMatrix';
import { cell, openBoard, openMatrix, paletteChip, placedChip, pressUntilHeard } from './boardPage';
import { readRenderCount, renderCounterScript, resetRenderCount } from './renderCounter';

const grid = (page: Page) => page.locator('.grid');
const table = (page: Page) => page.getByRole('table', { name: 'Responsibility matrix' });

/** Component renders per pointer move while a palette chip is held and moved over the cells. */
async function rendersPerMove(page: Page, department: string): Promise<number> {
  const chip = paletteChip(page, department);
  const from = await chip.boundingBox();
  const frame = await grid(page).boundingBox();
  if (!from || !frame) throw new Error('no chip or grid on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2 + 4, { steps: 3 });
  await expect(page.locator('.drag-overlay')).toBeVisible();
  await resetRenderCount(page);
  const moves = 40;
  // A sweep over the lanes, down the middle band of the grid (clear of the edges that scroll it).
  for (let i = 0; i < moves; i += 1) {
    const x = frame.x + frame.width * (0.3 + 0.65 * ((i % 10) / 9));
    const y = frame.y + 120 + (frame.height - 260) * (i / (moves - 1));
    await page.mouse.move(x, y);
  }
  const { renders } = await readRenderCount(page);
  await page.keyboard.press('Escape');
  await page.mouse.up();
  return renders / moves;
}

test('a drag costs at most 30 component renders per pointer move, on 22 x 10 and on 200 x 30', async ({ page }) => {
  await page.addInitScript(renderCounterScript);
  await openBoard(page);
  for (const [activities, departments] of [[22, 10], [200, 30]] as const) {
    const doc = generateMatrix(activities, departments);
    await openMatrix(page, doc);
    const perMove = await rendersPerMove(page, 'Department 3');
    expect(perMove, `${activities} x ${departments}`).toBeLessThanOrEqual(30);
  }
});

test('a drop on a 200-row matrix is one commit of the board: the row it grows does not lay the grid out again', async ({ page }) => {
  await page.addInitScript(renderCounterScript);
  await openBoard(page);
  const doc = generateMatrix(200, 30);
  await openMatrix(page, doc);
  // The fullest cell of the first row, so the chip makes the row taller.
  const activity = doc.activities[0];
  const lanes = [['R', 'Responsible'], ['A', 'Accountable'], ['C', 'Consulted'], ['I', 'Informed']] as const;
  const inCell = (role: string) => doc.assignments.filter((x) => x.activityId === activity?.id && x.role === role);
  const [roleKey, role] = [...lanes].sort((a, b) => inCell(b[0]).length - inCell(a[0]).length)[0] ?? lanes[0];
  const department = doc.departments.find((d) => !inCell(roleKey).some((x) => x.departmentId === d.id));
  if (!department || !activity) throw new Error('the generated matrix has no free place in its first row');
  const rowHeight = () => page.locator(`[role="row"][data-activity="${activity.id}"]`).evaluate((row) => row.getBoundingClientRect().height);
  const before = await rowHeight();
  const from = await paletteChip(page, department.name).boundingBox();
  const to = await cell(page, activity.name, role).boundingBox();
  if (!from || !to) throw new Error('no chip or cell on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 6, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await expect(cell(page, activity.name, role).locator('.drop-zone--over')).toBeVisible();
  await resetRenderCount(page);
  await page.mouse.up();
  await expect(placedChip(page, activity.name, role, department.name)).toBeVisible();
  expect(await rowHeight()).toBeGreaterThan(before);
  // A row that grew is measured after layout; give that measurement frames to act before counting.
  for (let frame = 0; frame < 4; frame += 1) await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  const { commits } = await readRenderCount(page);
  // The drop itself, and dnd-kit clearing its drag; a third would be the grid laid out again for one row.
  expect(commits).toBeLessThanOrEqual(2);
});

test('a 200-row matrix renders the rows in view, and says how many there are', async ({ page }) => {
  await openBoard(page);
  const doc = generateMatrix(200, 30);
  await openMatrix(page, doc);
  // 200 activities in 20 groups, plus the header row.
  await expect(table(page)).toHaveAttribute('aria-rowcount', '221');
  const rendered = await page.locator('[role="row"][data-activity]').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(100);
  await expect(page.getByRole('row').first()).toHaveAttribute('aria-rowindex', '1');

  // Scrolled to the end (again, as rows measured on the way turn out taller than guessed), the last row
  // is there with its place among all rows.
  const last = page.locator('[data-activity="a200"]');
  await expect
    .poll(() => grid(page).evaluate((frame) => {
      frame.scrollTo({ top: frame.scrollHeight });
      const row = frame.querySelector('[data-activity="a200"]')?.getBoundingClientRect();
      return row !== undefined && row.bottom <= frame.getBoundingClientRect().bottom + 1;
    }))
    .toBe(true);
  await expect(last).toBeInViewport();
  await expect(last).toHaveAttribute('aria-rowindex', '221');
});

test('Find: Ctrl+F, type, Enter cycles through matches and brings each into view, Escape clears', async ({ page }) => {
  await openBoard(page);
  await openMatrix(page, generateMatrix(200, 30));
  await page.keyboard.press('Control+f');
  const find = page.getByRole('searchbox', { name: 'Find an activity' });
  await expect(find).toBeFocused();
  await page.keyboard.type('Activity 17');
  // "Activity 17" and "Activity 170" to "Activity 179", in board order; the first one in view.
  const status = page.locator('.finder__count');
  await expect(status).toContainText('1 of 11: Activity 17');
  await expect(page.locator('[data-activity="a17"]')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(status).toContainText('2 of 11: Activity 170');
  const far = page.locator('[data-activity="a170"]');
  await expect(far).toBeInViewport();
  await expect(far).toHaveClass(/row--found-current/);
  await page.keyboard.press('Shift+Enter');
  await expect(page.locator('[data-activity="a17"]')).toHaveClass(/row--found-current/);
  await page.keyboard.press('Shift+Enter');
  await expect(status).toContainText('11 of 11: Activity 179');
  await expect(page.locator('[data-activity="a179"]')).toBeInViewport();

  // A group's name finds its rows too.
  await find.fill('Group 20');
  await expect(status).toContainText('1 of 10: Activity 191');
  await expect(page.locator('[data-activity="a191"]')).toBeInViewport();

  await page.keyboard.press('Escape');
  await expect(find).toHaveValue('');
  await expect(page.locator('.row--found-current')).toHaveCount(0);
});

for (const viewport of [{ width: 1024, height: 768 }, { width: 768, height: 1024 }]) {
  test(`Find on a tablet (${viewport.width} x ${viewport.height}): what was typed stays readable beside the count, and group names are not hidden under the column headers`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openBoard(page);
    await openMatrix(page, generateMatrix(200, 30));
    await page.keyboard.press('Control+f');
    await page.keyboard.type('Activity 17');
    await expect(page.locator('.finder__count')).toContainText('1 of 11');
    const find = page.getByRole('searchbox', { name: 'Find an activity' });
    // Room for about a dozen characters of the query, and the arrows still whole.
    expect((await find.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(110);
    for (const name of ['Previous match (Shift+Enter)', 'Next match (Enter)']) {
      const step = await page.getByRole('button', { name }).boundingBox();
      const corner = await page.locator('.grid__corner').boundingBox();
      if (!step || !corner) throw new Error('no Find arrows on screen');
      expect(step.x + step.width).toBeLessThanOrEqual(corner.x + corner.width + 0.5);
    }
    // The group header stuck at the top of the scrolled grid starts where the column headers end.
    const header = await page.locator('.grid__header').boundingBox();
    const frame = await grid(page).boundingBox();
    const stuck = await page.locator('.group__header').evaluateAll((heads, top) => {
      const tops = heads.map((h) => h.getBoundingClientRect().top).filter((t) => t >= top - 1);
      return Math.min(...tops);
    }, frame?.y ?? 0);
    expect(Math.abs(stuck - ((header?.y ?? 0) + (header?.height ?? 0)))).toBeLessThanOrEqual(1);
  });
}

test('Spotlight a department by keyboard and by mouse: the rest steps back, with a count; Escape clears', async ({ page }) => {
  await openBoard(page);
  const doc = generateMatrix(200, 30);
  await openMatrix(page, doc);
  const spotlight = page.getByRole('combobox', { name: 'Spotlight' });
  const where = (id: string) => doc.assignments.filter((a) => a.departmentId === id);
  const count = (id: string) => new Set(where(id).map((a) => a.activityId)).size;

  await spotlight.focus();
  await page.keyboard.press('ArrowDown');
  await expect(spotlight).toHaveValue('d1');
  await expect(page.getByRole('status').filter({ hasText: 'appears in' })).toContainText(`Department 1 appears in ${count('d1')} activities`);
  // Every chip of another department is dimmed; those of Department 1 are not.
  await expect(page.locator('.placed-chip:not(.placed-chip--dimmed) .chip-face__name').first()).toHaveText('Department 1');
  const undimmed = await page.locator('.placed-chip:not(.placed-chip--dimmed) .chip-face__name').allTextContents();
  expect(new Set(undimmed.map((name) => name.replace(/\u00ad/g, '')))).toEqual(new Set(['Department 1']));
  await page.keyboard.press('Escape');
  await expect(spotlight).toHaveValue('');
  await expect(page.locator('.placed-chip--dimmed')).toHaveCount(0);

  await spotlight.selectOption({ label: 'Department 7' });
  await expect(page.getByRole('status').filter({ hasText: 'appears in' })).toContainText(`Department 7 appears in ${count('d7')} activities`);
  await page.getByRole('button', { name: 'Clear spotlight' }).click();
  await expect(page.locator('.placed-chip--dimmed')).toHaveCount(0);
});

test('a folded group stays folded after a reload', async ({ page }) => {
  await openBoard(page);
  await openMatrix(page, generateMatrix(60, 12));
  const header = page.getByRole('button', { name: /Group 1\b.*10 activities/ });
  await expect(header).toHaveAttribute('aria-expanded', 'true');
  await header.click();
  await expect(header).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('[data-activity="a1"]')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: /Group 1\b.*10 activities/ })).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('[data-activity="a1"]')).toHaveCount(0);
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Activity 3');
  // Finding a row in a folded group opens the group.
  await expect(page.locator('[data-activity="a3"]')).toBeInViewport();
});

test('holding a chip at the bottom edge scrolls the 200-row grid to its end, and the drop lands there', async ({ page }) => {
  await openBoard(page);
  await openMatrix(page, generateMatrix(200, 30));
  const chip = paletteChip(page, 'Department 2');
  const from = await chip.boundingBox();
  const frame = await grid(page).boundingBox();
  if (!from || !frame) throw new Error('no chip or grid on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + 10, { steps: 3 });
  const x = frame.x + frame.width * 0.5;
  await page.mouse.move(x, frame.y + frame.height - 4, { steps: 8 });
  await expect
    .poll(() => grid(page).evaluate((g) => g.scrollHeight - g.clientHeight - g.scrollTop), { timeout: 30_000 })
    .toBeLessThan(2);
  // Back up into the last rows, and drop.
  const target = cell(page, 'Activity 200', 'Informed');
  const box = await target.boundingBox();
  if (!box) throw new Error('the last row is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect(placedChip(page, 'Activity 200', 'Informed', 'Department 2')).toBeVisible();
});

test('keyboard only: a chip travels down a long matrix past the rows first rendered', async ({ page }) => {
  await openBoard(page);
  await openMatrix(page, generateMatrix(200, 30));
  await paletteChip(page, 'Department 5').focus();
  await page.keyboard.press('Space');
  const live = page.locator('[id^="DndLiveRegion"]');
  await expect(live).toHaveText(/Picked up Department 5|Department 5 is over/);
  await pressUntilHeard(page, 'ArrowRight', /is over Activity \d+, /);
  const start = Number((await live.textContent())?.match(/Activity (\d+),/)?.[1]);
  // Down through forty rows (and the group headers between them), each arrow one row further.
  const end = start + 40;
  for (let i = start + 1; i <= end; i += 1) await pressUntilHeard(page, 'ArrowDown', new RegExp(`is over Activity ${i}, `));
  const lane = (await live.textContent())?.match(/Activity \d+, (\w+)/)?.[1] ?? '';
  await page.keyboard.press('Space');
  await expect(placedChip(page, `Activity ${end}`, lane, 'Department 5')).toBeFocused();
});

test('printing the board puts every row of a 200-row matrix on paper, without the editing chrome', async ({ page }) => {
  await openBoard(page);
  const doc = generateMatrix(200, 30);
  await openMatrix(page, doc);
  const rows = table(page).locator('.row');
  // On screen only the rows near the view are drawn.
  expect(await rows.count()).toBeLessThan(100);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(rows).toHaveCount(200);
  for (const chrome of [page.getByRole('toolbar', { name: 'Workshop' }), page.getByRole('region', { name: 'Departments' }), page.getByRole('region', { name: 'Checks' })]) {
    await expect(chrome).toBeHidden();
  }
  // Printed above the matrix instead of the toolbar.
  expect(await page.locator('.app').evaluate((app) => getComputedStyle(app, '::before').content)).toBe(`"${doc.title}"`);
  // As a browser does: back on screen, then afterprint.
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect.poll(() => rows.count()).toBeLessThan(100);
});

import { expect, test } from './fixtures';
import { cell, FIRST_ACTIVITY, keyboardDrag, mouseDrag, openBoard, palette, paletteChip, placedChip, pressUntilHeard, savedWorkshopContains, softHyphenated, touchDrag } from './boardPage';

test('opens on the social media template, readable on a 1280x720 projector', async ({ page }) => {
  const { foreignRequests, consoleErrors } = await openBoard(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/unsafe-(inline|eval)/);
  await expect(page.getByRole('textbox', { name: 'Workshop title' })).toHaveValue('Who owns social media?');
  const shown = ['Marketing, Mktg', 'Legal', 'Public Relations, PR', 'Customer Service, CS', 'Sales', 'IT', 'HR'];
  await expect(palette(page).getByRole('button', { name: new RegExp(`^(${shown.map(softHyphenated).join('|')})$`) })).toHaveCount(7);
  await expect(cell(page, FIRST_ACTIVITY, 'Accountable')).toBeVisible();

  // At least 8 activity rows and the whole palette are on screen without scrolling.
  const rowsInView = await page.locator('.row').evaluateAll((rows) =>
    rows.filter((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }).length,
  );
  expect(rowsInView).toBeGreaterThanOrEqual(8);
  const lastChip = await paletteChip(page, 'Product & Research').boundingBox();
  expect(lastChip && lastChip.y + lastChip.height).toBeLessThanOrEqual(720);

  const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(16);
  const chipHeight = (await paletteChip(page, 'Legal').boundingBox())?.height ?? 0;
  expect(chipHeight).toBeGreaterThanOrEqual(32);
  expect(foreignRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('a mouse drag assigns, survives a reload, and undo/redo take it back and forth', async ({ page }) => {
  const { foreignRequests, consoleErrors } = await openBoard(page);
  const target = cell(page, FIRST_ACTIVITY, 'Accountable');
  await mouseDrag(page, paletteChip(page, 'Legal'), target);
  await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
  await expect(page.locator('.status-bar')).toHaveText(`Legal assigned to ${FIRST_ACTIVITY}, Accountable.`);

  await savedWorkshopContains(page, '"departmentId": "legal"');
  await page.reload();
  await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();

  // Keyboard shortcuts do the same.
  await page.keyboard.press('Control+z');
  await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(placedChip(page, FIRST_ACTIVITY, 'Accountable', 'Legal')).toBeVisible();
  expect(foreignRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('a placed chip moves by drag, and leaves by the palette, Delete or its remove control', async ({ page }) => {
  await openBoard(page);
  const from = cell(page, FIRST_ACTIVITY, 'Responsible');
  await mouseDrag(page, paletteChip(page, 'Marketing'), from);
  await expect(placedChip(page, FIRST_ACTIVITY, 'Responsible', 'Marketing')).toBeVisible();

  await mouseDrag(page, placedChip(page, FIRST_ACTIVITY, 'Responsible', 'Marketing'), cell(page, FIRST_ACTIVITY, 'Consulted'));
  await expect(placedChip(page, FIRST_ACTIVITY, 'Consulted', 'Marketing')).toBeVisible();
  await expect(placedChip(page, FIRST_ACTIVITY, 'Responsible', 'Marketing')).toHaveCount(0);

  await mouseDrag(page, placedChip(page, FIRST_ACTIVITY, 'Consulted', 'Marketing'), palette(page));
  await expect(placedChip(page, FIRST_ACTIVITY, 'Consulted', 'Marketing')).toHaveCount(0);

  await mouseDrag(page, paletteChip(page, 'Sales'), from);
  await placedChip(page, FIRST_ACTIVITY, 'Responsible', 'Sales').focus();
  await page.keyboard.press('Delete');
  await expect(placedChip(page, FIRST_ACTIVITY, 'Responsible', 'Sales')).toHaveCount(0);

  await mouseDrag(page, paletteChip(page, 'HR'), from);
  // With a mouse the remove control shows on hover, as a person would find it.
  await placedChip(page, FIRST_ACTIVITY, 'Responsible', 'HR').hover();
  await page.getByRole('button', { name: `Remove HR from ${FIRST_ACTIVITY}, Responsible` }).click();
  await expect(placedChip(page, FIRST_ACTIVITY, 'Responsible', 'HR')).toHaveCount(0);
});

test('dropping a department where it already is changes nothing and leaves no undo step', async ({ page }) => {
  await openBoard(page);
  const target = cell(page, FIRST_ACTIVITY, 'Informed');
  await mouseDrag(page, paletteChip(page, 'IT'), target);
  await expect(placedChip(page, FIRST_ACTIVITY, 'Informed', 'IT')).toBeVisible();
  await mouseDrag(page, paletteChip(page, 'IT'), target);
  await expect(target.getByRole('button', { name: 'IT', exact: true })).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(placedChip(page, FIRST_ACTIVITY, 'Informed', 'IT')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('keyboard only: Space picks up, arrows move, Space drops, with announcements', async ({ page }) => {
  await openBoard(page);
  const target = cell(page, 'Write the social media policy', 'Accountable');
  await keyboardDrag(page, paletteChip(page, 'Legal'), target);
  await expect(placedChip(page, 'Write the social media policy', 'Accountable', 'Legal')).toBeVisible();
  // dnd-kit's live region carries our words: department, activity and role.
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('Legal assigned to Write the social media policy, Accountable');

  // Escape cancels a keyboard drag: nothing changes.
  await paletteChip(page, 'Sales').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('[id^="DndLiveRegion"]')).toHaveText(/Picked up Sales|Sales is (not )?over/);
  await pressUntilHeard(page, 'ArrowRight', /^Sales is over (?!the department palette)/);
  await page.keyboard.press('Escape');
  await expect(page.locator('[id^="DndLiveRegion"]')).toHaveText('Cancelled. Sales was not placed.');
  await expect(page.locator('.placed-chip')).toHaveCount(1);
});

test('touch: a short press starts a drag on a tablet', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
  const page = await context.newPage();
  await openBoard(page);
  await touchDrag(page, paletteChip(page, 'Customer Service'), cell(page, FIRST_ACTIVITY, 'Consulted'));
  await expect(placedChip(page, FIRST_ACTIVITY, 'Consulted', 'Customer Service')).toBeVisible();
  await context.close();
});

test('arm and click: click a chip, click cells to place it, Escape to stop', async ({ page }) => {
  await openBoard(page);
  await paletteChip(page, 'Public Relations').click();
  await expect(paletteChip(page, 'Public Relations')).toHaveAttribute('aria-pressed', 'true');
  await cell(page, FIRST_ACTIVITY, 'Informed').click();
  await cell(page, 'Write the social media policy', 'Consulted').click();
  await expect(placedChip(page, FIRST_ACTIVITY, 'Informed', 'Public Relations')).toBeVisible();
  await expect(placedChip(page, 'Write the social media policy', 'Consulted', 'Public Relations')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(paletteChip(page, 'Public Relations')).toHaveAttribute('aria-pressed', 'false');
  await cell(page, FIRST_ACTIVITY, 'Accountable').click();
  await expect(cell(page, FIRST_ACTIVITY, 'Accountable').locator('.placed-chip')).toHaveCount(0);
});

test('keyboard only: Enter arms a department and each cell offers a Place button', async ({ page }) => {
  await openBoard(page);
  await paletteChip(page, 'Advertising Agency').focus();
  await page.keyboard.press('Enter');
  const place = page.getByRole('button', { name: `Place Advertising Agency in ${FIRST_ACTIVITY}, Consulted` });
  await place.focus();
  await page.keyboard.press('Enter');
  await expect(placedChip(page, FIRST_ACTIVITY, 'Consulted', 'Advertising Agency')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: /^Place Advertising Agency in/ })).toHaveCount(0);
});

test('on a 1024x768 tablet and a 1920x1080 screen the whole board fits its width', async ({ browser }) => {
  for (const viewport of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await openBoard(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const informed = await cell(page, FIRST_ACTIVITY, 'Informed').boundingBox();
    expect(informed && informed.x + informed.width).toBeLessThanOrEqual(viewport.width);
    await context.close();
  }
});

test('touch: a quick swipe over a chip scrolls the board instead of dragging', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
  const page = await context.newPage();
  await openBoard(page);
  const chip = paletteChip(page, 'Marketing');
  await touchDrag(page, chip, cell(page, FIRST_ACTIVITY, 'Responsible'));
  await expect(placedChip(page, FIRST_ACTIVITY, 'Responsible', 'Marketing')).toBeVisible();

  // The scroll frame around the matrix table.
  const grid = page.locator('.grid');
  const before = await grid.evaluate((el) => el.scrollTop);
  const box = await placedChip(page, FIRST_ACTIVITY, 'Responsible', 'Marketing').boundingBox();
  if (!box) throw new Error('no chip');
  const client = await context.newCDPSession(page);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  // No pause before moving: faster than the press-and-hold that starts a drag. The events go out in one
  // batch (the protocol keeps their order), so a busy test process cannot stretch the swipe into a hold.
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', dy?: number) =>
    client.send('Input.dispatchTouchEvent', { type, touchPoints: dy === undefined ? [] : [{ x, y: y - dy }] });
  await Promise.all([touch('touchStart', 0), ...Array.from({ length: 10 }, (_, i) => touch('touchMove', (i + 1) * 30)), touch('touchEnd')]);
  await expect.poll(() => grid.evaluate((el) => el.scrollTop)).toBeGreaterThan(before);
  await expect(placedChip(page, FIRST_ACTIVITY, 'Responsible', 'Marketing')).toHaveCount(1);
  await context.close();
});

test('a drag lands on the right cell further down a scrolled board', async ({ page }) => {
  await openBoard(page);
  const last = 'Measure and report results';
  await cell(page, last, 'Accountable').scrollIntoViewIfNeeded();
  await mouseDrag(page, paletteChip(page, 'Marketing'), cell(page, last, 'Accountable'));
  await expect(placedChip(page, last, 'Accountable', 'Marketing')).toBeVisible();
  await keyboardDrag(page, paletteChip(page, 'IT'), cell(page, 'Manage tools, accounts and access', 'Responsible'));
  await expect(placedChip(page, 'Manage tools, accounts and access', 'Responsible', 'IT')).toBeVisible();
});

test('keyboard only: a placed chip moves to another cell', async ({ page }) => {
  await openBoard(page);
  await keyboardDrag(page, paletteChip(page, 'HR'), cell(page, 'Recruit through social media', 'Consulted'));
  await expect(placedChip(page, 'Recruit through social media', 'Consulted', 'HR')).toBeVisible();
  await keyboardDrag(page, placedChip(page, 'Recruit through social media', 'Consulted', 'HR'), cell(page, 'Recruit through social media', 'Accountable'));
  await expect(placedChip(page, 'Recruit through social media', 'Accountable', 'HR')).toBeVisible();
  await expect(placedChip(page, 'Recruit through social media', 'Consulted', 'HR')).toHaveCount(0);
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('HR moved from Recruit through social media, Consulted to Recruit through social media, Accountable');
});

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cell, chooseFromMore, FIRST_ACTIVITY, keyboardDrag, openBoard, openExample, palette, paletteChip, placedChip } from './boardPage';

/** Focus never falls to the page: a keyboard user carries on where they were. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    // Soft hyphens (where a name may break) are not read: the name as a person reads it.
    return active === document.body || active === null ? '<body>' : (active.getAttribute('aria-label') ?? active.textContent ?? '').replace(/\u00ad/g, '').trim();
  });

test('closing a dialog by Save, Cancel or Escape gives the focus back to the control that opened it', async ({ page }) => {
  await openBoard(page);
  const editButton = palette(page).getByRole('button', { name: 'Edit Marketing' });
  for (const close of ['Save', 'Cancel', 'Escape'] as const) {
    await editButton.focus();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('dialog', { name: 'Edit Marketing' });
    await expect(editor).toBeVisible();
    if (close === 'Escape') await page.keyboard.press('Escape');
    else await editor.getByRole('button', { name: close, exact: true }).click();
    await expect(editor).toHaveCount(0);
    await expect(editButton).toBeFocused();
  }
  for (const [button, title] of [['Charter', 'Charter'], ['Share', 'Share link'], ['New', 'New workshop'], ['Export PDF', 'Export PDF']] as const) {
    const opener = page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: button, exact: true });
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: title })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: title })).toHaveCount(0);
    await expect(opener).toBeFocused();
  }
});

test('the More menu works from the keyboard, and a dialog it opened gives the focus back to More', async ({ page }) => {
  await openBoard(page);
  const more = page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'More' });
  const menu = page.getByRole('menu', { name: 'More' });
  await more.focus();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Workshops…' })).toBeFocused();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Keyboard shortcuts…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Workshops…' })).toBeFocused();
  await page.keyboard.press('r');
  await expect(menu.getByRole('menuitem', { name: 'Role scheme (RACI)…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(more).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Role scheme' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(more).toBeFocused();

  // A click elsewhere closes the menu without choosing anything.
  await more.click();
  await expect(menu).toBeVisible();
  await palette(page).click({ position: { x: 5, y: 5 } });
  await expect(menu).toHaveCount(0);
});

test('the shortcuts dialog opened by ? gives the focus back to where it was, and by More to More', async ({ page }) => {
  await openBoard(page);
  const chip = paletteChip(page, 'Legal');
  await chip.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(chip).toBeFocused();

  const more = page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'More' });
  await more.click();
  await page.getByRole('menuitem', { name: 'Keyboard shortcuts…' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(more).toBeFocused();
});

test('removing a department from its editor moves the focus to the next chip', async ({ page }) => {
  await openBoard(page);
  await palette(page).getByRole('button', { name: 'Edit Legal' }).click();
  await page.getByRole('dialog', { name: 'Edit Legal' }).getByRole('button', { name: 'Remove department' }).click();
  await expect(paletteChip(page, 'IT')).toBeFocused();
});

test('a keyboard drop leaves the focus on the placed chip; Delete moves it to the next chip, then to the cell', async ({ page }) => {
  await openBoard(page);
  const target = cell(page, FIRST_ACTIVITY, 'Consulted');
  await keyboardDrag(page, paletteChip(page, 'Legal'), target);
  await expect(placedChip(page, FIRST_ACTIVITY, 'Consulted', 'Legal')).toBeFocused();
  await keyboardDrag(page, paletteChip(page, 'Sales'), target);
  await expect(placedChip(page, FIRST_ACTIVITY, 'Consulted', 'Sales')).toBeFocused();

  await placedChip(page, FIRST_ACTIVITY, 'Consulted', 'Legal').focus();
  await page.keyboard.press('Delete');
  await expect(placedChip(page, FIRST_ACTIVITY, 'Consulted', 'Sales')).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(target).toBeFocused();
  expect(await focusedName(page)).toBe(`${FIRST_ACTIVITY}, Consulted`);

  // A chip moved by keyboard to another cell is focused where it landed.
  await keyboardDrag(page, paletteChip(page, 'HR'), target);
  await keyboardDrag(page, placedChip(page, FIRST_ACTIVITY, 'Consulted', 'HR'), cell(page, FIRST_ACTIVITY, 'Informed'));
  await expect(placedChip(page, FIRST_ACTIVITY, 'Informed', 'HR')).toBeFocused();
});

test('Escape out of placing with clicks gives the focus back to the armed chip', async ({ page }) => {
  await openBoard(page);
  await paletteChip(page, 'Public Relations').focus();
  await page.keyboard.press('Enter');
  const place = page.getByRole('button', { name: `Place Public Relations in ${FIRST_ACTIVITY}, Informed` });
  await place.focus();
  await page.keyboard.press('Enter');
  await expect(placedChip(page, FIRST_ACTIVITY, 'Informed', 'Public Relations')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(paletteChip(page, 'Public Relations')).toBeFocused();
  await expect(paletteChip(page, 'Public Relations')).toHaveAttribute('aria-pressed', 'false');
});

test('a dialog whose body scrolls opens in its first field, not on the body: the Charter in Organization, the agenda on its first choice', async ({ page }) => {
  await openExample(page);
  await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Charter', exact: true }).click();
  const charter = page.getByRole('dialog', { name: 'Charter' });
  await expect(charter.getByRole('textbox', { name: 'Organization' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(charter).toHaveCount(0);
  await chooseFromMore(page, 'Agenda and time boxes…');
  await expect(page.getByRole('dialog', { name: 'Agenda and time boxes' }).getByRole('radio', { name: 'One group at a time' })).toBeFocused();
});

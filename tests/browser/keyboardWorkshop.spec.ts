import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cell, keyboardDrag, openBoard, palette, paletteChip, placedChip, pressUntilHeard } from './boardPage';

/*
 * A whole workshop with the keyboard alone, as a facilitator with a clicker and a keyboard runs it: not
 * one pointer event reaches the page. What a screen reader hears is asserted at each step.
 */

const STRATEGY = 'Set social media strategy and objectives';
const POLICY = 'Write the social media policy';
const NEW_ACTIVITY = 'Answer questions on TikTok';

const dragNews = (page: Page) => page.locator('[id^="DndLiveRegion"]');
const status = (page: Page) => page.locator('.status-bar');
const checksSummary = (page: Page) => page.getByRole('region', { name: 'Checks' }).getByRole('status').first();
const toolbarButton = (page: Page, name: string) => page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name, exact: true });

/** Tabs forward until `target` has the focus, as a keyboard user does; fails rather than loop forever. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('a whole workshop by keyboard alone, with what a screen reader hears at each step', async ({ page }) => {
  test.slow();
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
    // Every pointer event the page receives, from any source: the test must end with none.
    const pointerEvents: string[] = [];
    (window as unknown as { __pointerEvents: string[] }).__pointerEvents = pointerEvents;
    for (const type of ['pointerdown', 'mousedown', 'touchstart', 'wheel', 'contextmenu']) {
      window.addEventListener(type, () => pointerEvents.push(type), { capture: true });
    }
  });
  await openBoard(page);

  // Pick a template: New, then the social media template, from the keyboard.
  await tabTo(page, toolbarButton(page, 'New'));
  await page.keyboard.press('Enter');
  const templates = page.getByRole('dialog', { name: 'New workshop' });
  await expect(templates).toBeVisible();
  await templates.getByRole('button', { name: /^Who owns social media\?/ }).focus();
  await page.keyboard.press('Enter');
  await expect(templates).toHaveCount(0);
  await expect(status(page)).toHaveText(/Started a new workshop: Who owns social media\?/);

  // Rename a department in its editor.
  await palette(page).getByRole('button', { name: 'Edit Legal' }).focus();
  await page.keyboard.press('Enter');
  const legalEditor = page.getByRole('dialog', { name: 'Edit Legal' });
  await expect(legalEditor.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Legal & Compliance');
  await page.keyboard.press('Enter');
  await expect(legalEditor).toHaveCount(0);
  await expect(status(page)).toHaveText('Saved Legal & Compliance.');
  await expect(palette(page).getByRole('button', { name: 'Edit Legal & Compliance' })).toBeFocused();

  // Add an activity.
  await tabTo(page, page.getByRole('button', { name: '+ Add activity' }), 200);
  await page.keyboard.press('Enter');
  const addActivity = page.getByRole('dialog', { name: 'Add an activity' });
  await expect(addActivity.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.type(NEW_ACTIVITY);
  await page.keyboard.press('Enter');
  await expect(addActivity).toHaveCount(0);
  await expect(status(page)).toHaveText(`Added ${NEW_ACTIVITY} to the activities.`);
  await expect(page.getByRole('rowheader', { name: new RegExp(NEW_ACTIVITY) })).toBeVisible();

  // Assign: pick up, move, drop, each one heard; and the checks say what changed.
  const summaryBefore = await checksSummary(page).textContent();
  await keyboardDrag(page, paletteChip(page, 'Public Relations'), cell(page, STRATEGY, 'Accountable'));
  await expect(placedChip(page, STRATEGY, 'Accountable', 'Public Relations')).toBeFocused();
  await expect(dragNews(page)).toContainText(`Public Relations assigned to ${STRATEGY}, Accountable.`);
  await expect(checksSummary(page)).not.toHaveText(summaryBefore ?? '');
  await expect(checksSummary(page)).toContainText('In the rows under way: 1 error');
  await keyboardDrag(page, paletteChip(page, 'Marketing'), cell(page, STRATEGY, 'Responsible'));
  await expect(dragNews(page)).toContainText(`Marketing assigned to ${STRATEGY}, Responsible.`);
  await expect(checksSummary(page)).toContainText('1 of 23 activities settled');

  // Pick-up and over are heard while a chip travels; Escape cancels, and that is heard too.
  await paletteChip(page, 'Sales').focus();
  await page.keyboard.press('Space');
  await expect(dragNews(page)).toHaveText(/Picked up Sales|Sales is (not )?over/);
  // Escape goes to a drag that is listening: an arrow has been heard to move the chip.
  await pressUntilHeard(page, 'ArrowRight', /^Sales is over (?!the department palette)/);
  await page.keyboard.press('Escape');
  await expect(dragNews(page)).toHaveText('Cancelled. Sales was not placed.');
  await expect(page.locator('.placed-chip')).toHaveCount(2);

  // Move a placed chip to another cell.
  await keyboardDrag(page, placedChip(page, STRATEGY, 'Accountable', 'Public Relations'), cell(page, POLICY, 'Consulted'));
  await expect(dragNews(page)).toContainText(`Public Relations moved from ${STRATEGY}, Accountable to ${POLICY}, Consulted.`);
  await expect(placedChip(page, POLICY, 'Consulted', 'Public Relations')).toBeFocused();

  // Remove it with Delete: heard, and the focus stays in that cell.
  await page.keyboard.press('Delete');
  await expect(placedChip(page, POLICY, 'Consulted', 'Public Relations')).toHaveCount(0);
  await expect(status(page)).toHaveText(`Public Relations removed from ${POLICY}, Consulted. Undo with Ctrl+Z.`);
  await expect(cell(page, POLICY, 'Consulted')).toBeFocused();

  // The checks, judged over every row, with a finding the keyboard brings into view.
  const judge = page.getByRole('region', { name: 'Checks' }).getByRole('button', { name: 'Judge every row' });
  await judge.focus();
  await page.keyboard.press('Enter');
  await expect(judge).toHaveAttribute('aria-pressed', 'true');
  await expect(checksSummary(page)).toContainText(/Every row: \d+ errors?/);
  const finding = page.getByRole('region', { name: 'Checks' }).locator(`[data-rule="no-accountable"]`).filter({ hasText: NEW_ACTIVITY });
  await expect(finding).toBeVisible();

  // Switch views: the matrix (a letter typed into a cell), the departments, the board.
  await page.keyboard.press('Alt+Shift+M');
  const matrix = page.getByRole('grid', { name: 'Responsibility matrix' });
  await expect(matrix).toBeVisible();
  await expect(matrix.getByRole('gridcell').first()).toBeFocused();
  await page.keyboard.press('a');
  await expect(status(page)).toContainText('Accountable');
  await page.keyboard.press('Alt+Shift+D');
  await expect(page.getByRole('article', { name: /^Legal & Compliance/ })).toBeVisible();
  await page.keyboard.press('Alt+Shift+B');
  await expect(palette(page)).toBeVisible();

  // An error is said, in an alert, and the board stays as it was.
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('ControlOrMeta+O');
  await (await chooser).setFiles({ name: 'broken.raci.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "raci-workshop", "schemaVersion": 1, "document": {"departments": [{"id": 3}]}}') });
  const refusal = page.getByRole('alertdialog', { name: 'Could not open “broken.raci.json”' });
  await expect(refusal).toContainText('Department 1 has no usable id');
  await expect(refusal.getByRole('button', { name: 'OK' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(refusal).toHaveCount(0);
  await expect(placedChip(page, STRATEGY, 'Responsible', 'Marketing')).toBeVisible();

  // The charter: opened, filled, saved; the focus comes back to Charter.
  await toolbarButton(page, 'Charter').focus();
  await page.keyboard.press('Enter');
  const charter = page.getByRole('dialog', { name: 'Charter' });
  await expect(charter).toBeVisible();
  await charter.getByRole('textbox', { name: 'Organization' }).focus();
  await page.keyboard.type('Nordwind Outdoor GmbH');
  await charter.getByRole('textbox', { name: 'Purpose and objectives' }).focus();
  await page.keyboard.type('Agree who owns each part of social media before the spring campaign.');
  await charter.getByRole('button', { name: 'Save' }).focus();
  await page.keyboard.press('Enter');
  await expect(charter).toHaveCount(0);
  await expect(toolbarButton(page, 'Charter')).toBeFocused();

  // Export the PDF.
  await page.keyboard.press('Tab');
  await expect(toolbarButton(page, 'Export PDF')).toBeFocused();
  await page.keyboard.press('Enter');
  const exportDialog = page.getByRole('dialog', { name: 'Export PDF' });
  await expect(exportDialog.getByText(/A draft:/)).toBeVisible();
  const pdf = page.waitForEvent('download');
  // The button is disabled until the charter's fonts have loaded, and a disabled button cannot take the
  // focus: wait for it as a person would, then move to it.
  const exportButton = exportDialog.getByRole('button', { name: 'Export PDF' });
  await expect(exportButton).toBeEnabled();
  await exportButton.focus();
  await expect(exportButton).toBeFocused();
  await page.keyboard.press('Enter');
  const pdfFile = await pdf;
  expect(pdfFile.suggestedFilename()).toBe('Who owns social media charter.pdf');
  expect(readFileSync(await pdfFile.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(exportDialog).toHaveCount(0);

  // Save, with Ctrl+S: the file holds everything done above.
  const saved = page.waitForEvent('download');
  await page.keyboard.press('ControlOrMeta+S');
  const file = readFileSync(await (await saved).path(), 'utf8');
  for (const text of ['Legal & Compliance', NEW_ACTIVITY, 'Nordwind Outdoor GmbH', '"departmentId": "marketing"']) expect(file).toContain(text);

  expect(await page.evaluate(() => (window as unknown as { __pointerEvents: string[] }).__pointerEvents)).toEqual([]);
});

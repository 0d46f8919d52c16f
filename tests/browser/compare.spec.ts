import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { assign, moveAssignment, unassign } from '../../src/domain/assignmentEdits';
import { addDepartment } from '../../src/domain/departmentEdits';
import type { RaciDocument } from '../../src/domain/model';
import { parseWorkshopFile } from '../../src/format/parseWorkshopFile';
import { serializeWorkshop } from '../../src/format/serializeWorkshop';
import { cell, chooseFromMore, openExample, palette, paletteChip, placedChip } from './boardPage';

const CRISIS = 'Lead crisis response';
const POLICY = 'Write the social media policy';
const STRATEGY = 'Set social media strategy and objectives';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
});

/** The open workshop as Save writes it: what was sent to a department. */
async function savedWorkshop(page: Page): Promise<RaciDocument> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save' }).click();
  const parsed = parseWorkshopFile(readFileSync(await (await download).path(), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.document;
}

/** What Legal sends back: four changes of its own, and a department the room did not have. */
function legalReturns(sent: RaciDocument): RaciDocument {
  let doc = assign(sent, { activityId: 'crisis', departmentId: 'legal', role: 'I' });
  doc = unassign(doc, { activityId: 'strategy', departmentId: 'sales', role: 'C' });
  doc = moveAssignment(doc, { activityId: 'policy', departmentId: 'hr', role: 'R' }, { activityId: 'policy', role: 'C' });
  doc = addDepartment(doc, { name: 'Works council' });
  return assign(doc, { activityId: 'policy', departmentId: 'works-council', role: 'C' });
}

function writeReturned(doc: RaciDocument, name: string): string {
  const path = test.info().outputPath(name);
  writeFileSync(path, serializeWorkshop(doc, { savedAt: '2026-12-01T10:00:00.000Z', appVersion: '0.1.0' }));
  return path;
}

const changes = (page: Page) => page.getByRole('region', { name: 'Changes' });
const change = (page: Page, text: string) => changes(page).getByRole('group', { name: text });
const confirmation = (page: Page, heading: string) => changes(page).getByRole('region', { name: heading });

/** Legal takes the policy over from HR: HR's removal and Legal's new role are two changes, decided apart. */
function legalTakesOver(sent: RaciDocument): RaciDocument {
  let doc = unassign(sent, { activityId: 'policy', departmentId: 'hr', role: 'R' });
  doc = assign(doc, { activityId: 'policy', departmentId: 'legal', role: 'R' });
  doc = assign(doc, { activityId: 'crisis', departmentId: 'legal', role: 'I' });
  return unassign(doc, { activityId: 'strategy', departmentId: 'sales', role: 'C' });
}

test('a returned file is marked on the board and merged change by change, in one undo step', async ({ page }) => {
  await openExample(page);
  const path = writeReturned(legalReturns(await savedWorkshop(page)), 'legal.raci.json');
  const chooser = page.waitForEvent('filechooser');
  await chooseFromMore(page, 'Compare with a file…');
  await (await chooser).setFiles(path);

  await expect(changes(page).getByRole('heading', { name: 'Changes in “legal.raci.json”' })).toBeFocused();
  await expect(changes(page).getByRole('status')).toHaveText('5 changes: 0 accepted, 0 rejected, 5 undecided.');
  // The board shows what the file adds and what it takes away, before anything is decided.
  await expect(cell(page, CRISIS, 'Informed').locator('.incoming-chip', { hasText: 'Legal' })).toBeVisible();
  await expect(cell(page, POLICY, 'Consulted').locator('.incoming-chip', { hasText: 'Works council' })).toBeVisible();
  await expect(cell(page, STRATEGY, 'Consulted').locator('.placed-chip--leaving').getByRole('button', { name: 'Sales (removed in the compared file)' })).toBeVisible();

  // Accepting the new department's role accepts the department with it.
  await change(page, 'Works council becomes Consulted on “Write the social media policy”.').getByRole('button', { name: 'Accept' }).click();
  await expect(change(page, 'New department: Works council.').getByRole('button', { name: 'Accept' })).toHaveAttribute('aria-pressed', 'true');
  await change(page, `Legal becomes Informed on “${CRISIS}”.`).getByRole('button', { name: 'Accept' }).click();
  await change(page, `Sales is no longer Consulted on “${STRATEGY}”.`).getByRole('button', { name: 'Reject' }).click();
  await expect(changes(page).getByRole('status')).toHaveText('5 changes: 3 accepted, 1 rejected, 1 undecided.');
  // A rejected removal no longer marks the chip.
  await expect(page.locator('.placed-chip--leaving')).toHaveCount(1);

  // One change left undecided: said before merging, with what accepting it would break.
  await changes(page).getByRole('button', { name: 'Merge 3 changes' }).click();
  const confirm = confirmation(page, 'Merge 3 changes as decided?');
  await expect(confirm.getByRole('heading')).toBeFocused();
  await expect(confirm).toContainText('One change stays undecided and is not merged:');
  await expect(confirm.getByRole('listitem')).toHaveText([`HR moves from Responsible to Consulted on “${POLICY}”.`]);
  await expect(confirm).toContainText('Merging as decided leaves no new error.');
  await expect(confirm).toContainText(`Accepting it too leaves one new error: No department is responsible for ${POLICY}.`);
  await confirm.getByRole('button', { name: 'Merge as decided' }).click();
  await expect(page.locator('.status-bar')).toContainText('Merged 3 changes from “legal.raci.json”.');
  await expect(changes(page)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Checks' })).toBeVisible();
  await expect(placedChip(page, CRISIS, 'Informed', 'Legal')).toBeVisible();
  await expect(placedChip(page, POLICY, 'Consulted', 'Works council')).toBeVisible();
  await expect(placedChip(page, STRATEGY, 'Consulted', 'Sales')).toBeVisible();
  // Left undecided, so not merged: HR is still responsible for the policy.
  await expect(placedChip(page, POLICY, 'Responsible', 'HR')).toBeVisible();
  await expect(page.locator('.incoming-chip')).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(placedChip(page, CRISIS, 'Informed', 'Legal')).toHaveCount(0);
  await expect(paletteChip(page, 'Works council')).toHaveCount(0);
  await expect(palette(page)).toBeVisible();
});

test('a merge that leaves changes undecided says which, and the error it would create, and the person decides', async ({ page }) => {
  await openExample(page);
  const path = writeReturned(legalTakesOver(await savedWorkshop(page)), 'takeover.raci.json');
  const chooser = page.waitForEvent('filechooser');
  await chooseFromMore(page, 'Compare with a file…');
  await (await chooser).setFiles(path);
  await expect(changes(page).getByRole('status')).toHaveText('4 changes: 0 accepted, 0 rejected, 4 undecided.');

  await change(page, `HR is no longer Responsible on “${POLICY}”.`).getByRole('button', { name: 'Accept' }).click();
  await change(page, `Legal becomes Informed on “${CRISIS}”.`).getByRole('button', { name: 'Accept' }).click();
  const merge = changes(page).getByRole('button', { name: 'Merge 2 changes' });
  await merge.focus();
  await page.keyboard.press('Enter');

  // Nothing is merged yet: the panel says what stays out and what would break.
  const confirm = confirmation(page, 'Merge 2 changes as decided?');
  await expect(confirm.getByRole('heading')).toBeFocused();
  await expect(confirm).toContainText('2 changes stay undecided and are not merged:');
  await expect(confirm.getByRole('listitem')).toHaveText([
    `Sales is no longer Consulted on “${STRATEGY}”.`,
    `Legal becomes Responsible on “${POLICY}”.`,
    `No department is responsible for ${POLICY}. Someone has to do the work.`,
  ]);
  await expect(confirm).toContainText('Merging as decided leaves one new error:');
  await expect(confirm).toContainText('Accepting them too leaves no new error.');
  // Still comparing: nothing merged.
  await expect(changes(page).getByRole('status')).toHaveText('4 changes: 2 accepted, 0 rejected, 2 undecided.');

  // Back to the changes, by keyboard: focus lands on the first undecided one, as the list orders them.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Back to the changes' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toHaveCount(0);
  await expect(change(page, `Sales is no longer Consulted on “${STRATEGY}”.`).getByRole('button', { name: 'Accept' })).toBeFocused();
  await expect(changes(page).getByRole('status')).toHaveText('4 changes: 2 accepted, 0 rejected, 2 undecided.');

  // Escape goes back too.
  await merge.click();
  await expect(confirm.getByRole('heading')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(change(page, `Sales is no longer Consulted on “${STRATEGY}”.`).getByRole('button', { name: 'Accept' })).toBeFocused();

  // Or accept the undecided ones too: one merge, one undo step.
  await merge.click();
  await confirm.getByRole('button', { name: 'Accept them too and merge' }).click();
  await expect(page.locator('.status-bar')).toContainText('Merged 4 changes from “takeover.raci.json”.');
  await expect(changes(page)).toHaveCount(0);
  await expect(placedChip(page, POLICY, 'Responsible', 'Legal')).toBeVisible();
  await expect(placedChip(page, POLICY, 'Responsible', 'HR')).toHaveCount(0);
  await expect(placedChip(page, STRATEGY, 'Consulted', 'Sales')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(placedChip(page, POLICY, 'Responsible', 'HR')).toBeVisible();
  await expect(placedChip(page, POLICY, 'Responsible', 'Legal')).toHaveCount(0);
  await expect(placedChip(page, CRISIS, 'Informed', 'Legal')).toHaveCount(0);
  await expect(placedChip(page, STRATEGY, 'Consulted', 'Sales')).toBeVisible();
});

test('a merge with every change decided and nothing broken happens in one step', async ({ page }) => {
  await openExample(page);
  const path = writeReturned(legalTakesOver(await savedWorkshop(page)), 'takeover.raci.json');
  const chooser = page.waitForEvent('filechooser');
  await chooseFromMore(page, 'Compare with a file…');
  await (await chooser).setFiles(path);
  await changes(page).getByRole('button', { name: 'Accept all' }).click();
  await changes(page).getByRole('button', { name: 'Merge 4 changes' }).click();
  await expect(page.locator('.status-bar')).toContainText('Merged 4 changes from “takeover.raci.json”.');
  await expect(changes(page)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Checks' })).toBeVisible();
});

test('Shift while dropping a file compares it instead of opening it; Cancel leaves the workshop as it was', async ({ page }) => {
  await openExample(page);
  const returned = legalReturns(await savedWorkshop(page));
  const text = serializeWorkshop(returned, { savedAt: '2026-12-01T10:00:00.000Z', appVersion: '0.1.0' });
  const dataTransfer = await page.evaluateHandle((json) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([json], 'dropped.raci.json', { type: 'application/json' }));
    return transfer;
  }, text);
  const undo = page.getByRole('button', { name: 'Undo' });
  const undoBefore = await undo.isEnabled();
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Hold Shift while dropping to compare it with this workshop instead')).toBeVisible();
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer, shiftKey: true });
  await expect(changes(page).getByRole('heading', { name: 'Changes in “dropped.raci.json”' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Workshop title' })).toHaveValue('Who owns social media? (example)');

  await changes(page).getByRole('button', { name: 'Accept all' }).click();
  await expect(changes(page).getByRole('status')).toHaveText('5 changes: 5 accepted, 0 rejected, 0 undecided.');
  await changes(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.status-bar')).toContainText('nothing was merged');
  await expect(placedChip(page, CRISIS, 'Informed', 'Legal')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Checks' })).toBeVisible();
  expect(await undo.isEnabled()).toBe(undoBefore);
});

test('a file in another role scheme is refused with the reason, and nothing changes', async ({ page }) => {
  await openExample(page);
  const sent = await savedWorkshop(page);
  const path = writeReturned({ ...sent, roleScheme: 'RASCI' }, 'rasci.raci.json');
  const chooser = page.waitForEvent('filechooser');
  await chooseFromMore(page, 'Compare with a file…');
  await (await chooser).setFiles(path);
  const refusal = page.getByRole('alertdialog', { name: 'Could not compare with “rasci.raci.json”' });
  await expect(refusal).toContainText('uses RASCI and this workshop RACI');
  await refusal.getByRole('button', { name: 'OK' }).click();
  await expect(changes(page)).toHaveCount(0);
});

test('on a tablet the Changes list under the board keeps one height: deciding and the merge question never move the board', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openExample(page);
  const path = writeReturned(legalTakesOver(await savedWorkshop(page)), 'takeover-tablet.raci.json');
  const chooser = page.waitForEvent('filechooser');
  await chooseFromMore(page, 'Compare with a file…');
  await (await chooser).setFiles(path);
  await expect(changes(page).getByRole('status')).toHaveText('4 changes: 0 accepted, 0 rejected, 4 undecided.');
  const board = page.locator('.board');
  const before = await board.boundingBox();
  expect(before?.height).toBeGreaterThan(768 / 2);

  await change(page, `HR is no longer Responsible on “${POLICY}”.`).getByRole('button', { name: 'Accept' }).click();
  await change(page, `Legal becomes Informed on “${CRISIS}”.`).getByRole('button', { name: 'Reject' }).click();
  await changes(page).getByRole('button', { name: 'Merge one change' }).click();
  await expect(confirmation(page, 'Merge one change as decided?').getByRole('heading')).toBeFocused();
  expect(await board.boundingBox()).toEqual(before);
});

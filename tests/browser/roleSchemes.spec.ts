import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pdfText } from '../charter/pdfText';
import { fixturePath } from '../fixtures/readFixture';
import { cell, chooseFromMore, keyboardDrag, openBoard, openExample, paletteChip, placedChip } from './boardPage';

test.beforeEach(async ({ page }) => {
  // Chromium has a save picker that automation cannot answer; without it Save falls back to a download.
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
});

// As a person reads them: without the soft hyphens where a name may break.
const laneNames = async (page: Page) => (await page.locator('.lane-header').allTextContents()).map((name) => name.replace(/\u00ad/g, ''));
const checks = (page: Page) => page.getByRole('region', { name: 'Checks' });
const finding = (page: Page, text: string | RegExp) => checks(page).getByRole('listitem').filter({ hasText: text });
const roleDialog = (page: Page) => page.getByRole('dialog', { name: 'Role scheme' });

async function openFile(page: Page, name: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles(fixturePath(name));
  await expect(page.locator('.status-bar')).toContainText('as a new workshop');
}

async function download(page: Page, start: () => Promise<void>): Promise<string> {
  const file = page.waitForEvent('download');
  await start();
  return (await file).path();
}

async function exportPdfText(page: Page): Promise<string> {
  await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  const path = await download(page, () => dialog.getByRole('button', { name: 'Export PDF' }).click());
  return (await pdfText(new Uint8Array(readFileSync(path)))).pages.join(' ');
}

test('a RASCI file opens in RASCI: Support has its lane, its letter in the matrix, and goes into CSV, file and PDF', async ({ page }) => {
  const { foreignRequests, consoleErrors } = await openBoard(page);
  await openFile(page, 'v1/rasci');
  expect(await laneNames(page)).toEqual(['RResponsible', 'AAccountable', 'SSupport', 'CConsulted', 'IInformed']);
  await expect(placedChip(page, 'Answer product questions', 'Support', 'IT')).toBeVisible();
  await expect(finding(page, 'No department is accountable for Answer product questions')).toBeVisible();

  // Edited on the board: the missing owner, by keyboard; the error goes.
  await keyboardDrag(page, paletteChip(page, 'Customer Service'), cell(page, 'Answer product questions', 'Accountable'));
  await expect(placedChip(page, 'Answer product questions', 'Accountable', 'Customer Service')).toBeVisible();
  await expect(finding(page, 'No department is accountable')).toHaveCount(0);

  // Edited in the matrix: S gives Legal Support on the platform.
  await page.keyboard.press('Alt+Shift+M');
  const legal = page.getByRole('gridcell', { name: 'Run the community platform, Legal: no role' });
  await legal.focus();
  await page.keyboard.press('s');
  await expect(page.getByRole('gridcell', { name: 'Run the community platform, Legal: Support' })).toBeFocused();
  await expect(page.locator('.status-bar')).toContainText('Legal: Support for Run the community platform.');

  const csv = readFileSync(await download(page, () => chooseFromMore(page, 'Export CSV')), 'utf8');
  expect(csv).toContain('Set-up,Run the community platform,Community forum,A,C,,S,R\r\n');
  const saved = JSON.parse(readFileSync(await download(page, () => page.keyboard.press('Control+s')), 'utf8'));
  expect(saved.document.roleScheme).toBe('RASCI');
  expect(saved.document.assignments).toContainEqual({ activityId: 'platform', departmentId: 'legal', role: 'S' });

  const pdf = await exportPdfText(page);
  expect(pdf).toContain('The RASCI matrix');
  expect(pdf).toMatch(/S\s*Support/);
  expect(foreignRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('a DACI file opens in DACI: one Driver per activity is checked, letters of DACI only, and it switches to RACI and back', async ({ page }) => {
  await openBoard(page);
  await openFile(page, 'v1/daci');
  expect(await laneNames(page)).toEqual(['DDriver', 'AApprover', 'CContributor', 'IInformed']);
  const twoDrivers = finding(page, 'Two departments are driving Set the paid social budget: Marketing and Public Relations. DACI allows exactly one Driver per activity.');
  await expect(twoDrivers).toBeVisible();

  await page.keyboard.press('Alt+Shift+M');
  const prDriver = page.getByRole('gridcell', { name: 'Set the paid social budget, Public Relations: Driver' });
  await prDriver.focus();
  // R is not a DACI letter: nothing happens. Delete clears the cell, and the warning goes.
  await page.keyboard.press('r');
  await expect(prDriver).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('gridcell', { name: 'Set the paid social budget, Public Relations: no role' })).toBeFocused();
  await expect(twoDrivers).toHaveCount(0);

  await chooseFromMore(page, 'Role scheme (DACI)…');
  await roleDialog(page).getByRole('radio', { name: 'RACI' }).check();
  await expect(roleDialog(page).getByRole('row', { name: /Driver.*Responsible/ })).toBeVisible();
  await roleDialog(page).getByRole('button', { name: 'Switch to RACI' }).click();
  await expect(page.getByRole('gridcell', { name: 'Choose the platforms we are on, Marketing: Responsible, Accountable' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('gridcell', { name: 'Choose the platforms we are on, Marketing: Driver, Approver' })).toBeVisible();
});

test('by keyboard: the filled example goes to RASCI with its roles in place, and Undo brings RACI back', async ({ page }) => {
  await openExample(page);
  const more = page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'More' });
  await more.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('r');
  await page.keyboard.press('Enter');
  await expect(roleDialog(page)).toBeVisible();
  await expect(roleDialog(page).getByRole('radio', { name: 'RACI' })).toBeChecked();
  await page.getByRole('radio', { name: 'RACI' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(roleDialog(page).getByRole('radio', { name: 'RASCI' })).toBeChecked();
  await expect(roleDialog(page)).toContainText('After the switch: 131 assignments in RASCI. Checks: 0 errors, 0 warnings, as now.');
  await roleDialog(page).getByRole('button', { name: 'Switch to RASCI' }).focus();
  await page.keyboard.press('Enter');
  await expect(roleDialog(page)).toHaveCount(0);
  await expect(more).toBeFocused();
  await expect(page.locator('.status-bar')).toContainText('Switched from RACI to RASCI: 131 assignments in RASCI. Undo with Ctrl+Z.');
  expect(await laneNames(page)).toEqual(['RResponsible', 'AAccountable', 'SSupport', 'CConsulted', 'IInformed']);
  await expect(placedChip(page, 'Lead crisis response', 'Accountable', 'Public Relations')).toBeVisible();

  // Support, then back to RACI: Undo, not a second switch, so nothing is merged away.
  await keyboardDrag(page, paletteChip(page, 'IT'), cell(page, 'Lead crisis response', 'Support'));
  await expect(placedChip(page, 'Lead crisis response', 'Support', 'IT')).toBeVisible();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  expect(await laneNames(page)).toEqual(['RResponsible', 'AAccountable', 'CConsulted', 'IInformed']);
  await expect(more).toBeEnabled();
  await chooseFromMore(page, 'Role scheme (RACI)…');
  await expect(roleDialog(page).getByRole('radio', { name: 'RACI' })).toBeChecked();
});

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pdfText } from '../charter/pdfText';
import { chooseFromMore, openExample } from './boardPage';

const bar = (page: Page) => page.getByRole('banner', { name: 'Presenter mode' });
const currentRow = (page: Page) => page.locator('.row--current');

async function setAgenda(page: Page, everyStep: string, group?: readonly [string, string]) {
  await chooseFromMore(page, 'Agenda and time boxes…');
  const dialog = page.getByRole('dialog', { name: 'Agenda and time boxes' });
  await dialog.getByRole('spinbutton', { name: 'Time box for every step (blank: none)' }).fill(everyStep);
  if (group) await dialog.getByRole('spinbutton', { name: group[0] }).fill(group[1]);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
}

test('by keyboard alone: the room steps through every group under a time box, marks rows, writes a decision and leaves', async ({ page }) => {
  await page.clock.install();
  await openExample(page);
  await setAgenda(page, '5', ['Content & publishing', '1']);

  await page.keyboard.press('Alt+Shift+P');
  await expect(bar(page)).toBeFocused();
  await expect(page.getByRole('toolbar', { name: 'Workshop' })).toBeHidden();
  await expect(bar(page).getByText('Group 1 of 7')).toBeVisible();
  await expect(bar(page).getByRole('heading', { name: 'Strategy & governance' })).toBeVisible();
  // The current group fills the board, and only it.
  await expect(page.locator('.row')).toHaveCount(4);
  const timer = bar(page).getByRole('timer');
  // The clock runs as it does in the room: on a busy machine a few seconds may pass before the name is read.
  await expect(timer).toHaveAccessibleName(/^Time left in this step: (5:00|4:[45]\d)$/);

  // At zero the time box turns amber and stays; nothing pops up.
  await page.clock.runFor('05:01');
  await expect(bar(page).locator('.countdown--over')).toContainText('Time is up');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  // A clicker's Page Down: the next group, with its own time box.
  await page.keyboard.press('PageDown');
  await expect(bar(page).getByText('Group 2 of 7')).toBeVisible();
  await expect(timer).toHaveAccessibleName(/^Time left in this step: (1:00|0:[45]\d)$/);
  await expect(page.locator('.status-bar')).toContainText('Group 2 of 7: Content & publishing, 3 activities.');
  await page.keyboard.press('t');
  await expect(timer).toHaveAccessibleName(/paused$/);
  const paused = await timer.getAttribute('aria-label');
  await page.clock.runFor('02:00');
  await expect(timer).toHaveAccessibleName(paused ?? '');
  await page.keyboard.press('t');

  // Status keys on the current row; the arrows move the row. Disputed and parked ask why the row waits:
  // Escape goes on without a reason, Enter keeps the one typed; either way the keys go back to the agenda.
  await page.keyboard.press('1');
  await expect(currentRow(page)).toHaveAttribute('data-row-status', 'agreed');
  await page.keyboard.press('ArrowDown');
  await expect(bar(page).getByText('Row 2 of 3')).toBeVisible();
  await page.keyboard.press('2');
  await expect(currentRow(page)).toHaveAttribute('data-row-status', 'disputed');
  await expect(bar(page).getByRole('textbox', { name: 'Disputed. Why does this row wait?' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(bar(page)).toBeFocused();
  await expect(bar(page).getByRole('form')).toHaveCount(0);
  await expect(currentRow(page)).toHaveAttribute('data-row-status', 'disputed');
  await page.keyboard.press('ArrowDown');
  await expect(bar(page).getByText('Row 3 of 3')).toBeVisible();
  await page.keyboard.press('3');
  await expect(currentRow(page)).toHaveAttribute('data-row-status', 'parked');
  await expect(bar(page).getByRole('button', { name: /Parked/ })).toHaveAttribute('aria-pressed', 'true');
  const reason = bar(page).getByRole('textbox', { name: 'Parked. Why does this row wait?' });
  await expect(reason).toBeFocused();
  await page.keyboard.type('Waits for the agency’s 2 proposals');
  await page.keyboard.press('Enter');
  await expect(bar(page)).toBeFocused();
  await expect(page.locator('.status-bar')).toContainText('Noted why Produce campaign creative waits.');

  // N writes the decision; Enter keeps it and gives the keys back to the agenda.
  await page.keyboard.press('n');
  const decision = bar(page).getByRole('textbox', { name: 'Decision', exact: true });
  await expect(decision).toBeFocused();
  await page.keyboard.type('Agency drafts, Marketing approves');
  await page.keyboard.press('Enter');
  await expect(bar(page)).toBeFocused();
  await expect(page.locator('.status-bar')).toContainText('Decision noted for Produce campaign creative.');

  // Through to the last group and back by the other keys.
  for (const n of [3, 4, 5, 6, 7]) {
    await page.keyboard.press(n % 2 === 0 ? 'ArrowRight' : 'PageDown');
    await expect(bar(page).getByText(`Group ${n} of 7`)).toBeVisible();
  }
  await expect(bar(page).getByRole('button', { name: 'Next' })).toBeDisabled();
  await page.keyboard.press('PageUp');
  await expect(bar(page).getByText('Group 6 of 7')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(bar(page).getByText('Group 1 of 7')).toBeVisible();

  // The checks summary stays in view, and counts the parking lot.
  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks).toContainText('1 agreed, 1 disputed, 1 parked');
  await expect(checks.getByRole('button', { name: 'Show' })).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(bar(page)).toHaveCount(0);
  const present = page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Present' });
  await expect(present).toBeFocused();
  await expect(page.locator('.row')).toHaveCount(22);
  // The reason given in presenter mode waits in the parking lot; the disputed row has none.
  await checks.getByRole('button', { name: 'Show' }).click();
  const lot = checks.getByRole('region', { name: 'Parking lot (2)' });
  await expect(lot.getByRole('textbox', { name: 'Why Produce campaign creative waits' })).toHaveValue('Waits for the agency’s 2 proposals');
  await expect(lot.getByRole('textbox', { name: 'Why Publish posts on company channels waits' })).toHaveValue('');
  await page.getByRole('button', { name: /^Produce campaign creative, edit activity$/ }).click();
  await expect(page.getByRole('textbox', { name: 'Decision' })).toHaveValue('Agency drafts, Marketing approves');
});

test('from the back of the room: a half-minute time box ends in large words said once, and a long decision shows whole', async ({ page }) => {
  await page.clock.install();
  await openExample(page);
  await chooseFromMore(page, 'Agenda and time boxes…');
  const agenda = page.getByRole('dialog', { name: 'Agenda and time boxes' });
  const every = agenda.getByRole('spinbutton', { name: 'Time box for every step (blank: none)' });
  await every.fill('2.3');
  await expect(agenda.getByText('Minutes from 0 to 240 in half-minute steps (2.5 is 2 min 30 s), or blank.')).toBeVisible();
  await expect(agenda.getByRole('button', { name: 'Save' })).toBeDisabled();
  await every.fill('0.5');
  await agenda.getByRole('button', { name: 'Save' }).click();
  await expect(agenda).toHaveCount(0);

  await page.keyboard.press('Alt+Shift+P');
  await expect(bar(page)).toBeFocused();
  await expect(bar(page).getByRole('timer')).toHaveAccessibleName(/^Time left in this step: 0:(30|[12]\d)$/);
  await expect(bar(page).getByText('of 0:30')).toBeVisible();
  // The words wait in a polite live region from the start, so a screen reader hears them when they come.
  const up = bar(page).locator('.countdown').getByRole('status');
  await expect(up).toHaveText('');
  await page.clock.runFor('00:31');
  await expect(up).toHaveText('Time is up');
  await expect(up).toHaveAttribute('role', 'status');
  const sizes = await bar(page).locator('.countdown').evaluate((countdown) => {
    const px = (selector: string) => parseFloat(getComputedStyle(countdown.querySelector(selector) as Element).fontSize);
    return { up: px('.countdown__up'), time: px('.countdown__time > span') };
  });
  expect(sizes.up).toBeGreaterThanOrEqual(sizes.time);
  expect(sizes.up).toBeGreaterThanOrEqual(24);

  await page.keyboard.press('n');
  const decision = bar(page).getByRole('textbox', { name: 'Decision', exact: true });
  await expect(decision).toBeFocused();
  const oneLine = (await decision.boundingBox())?.height ?? 0;
  await page.keyboard.type('Marketing owns the strategy; PR is consulted on every sensitive topic, and Legal reviews the policy once a year');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('Reviewed again in spring');
  // Every word in view: the field grew rather than scrolling what was typed out of sight.
  await expect.poll(async () => (await decision.boundingBox())?.height ?? 0).toBeGreaterThan(oneLine * 2);
  expect(await decision.evaluate((field) => field.scrollHeight <= field.clientHeight + 1 && field.scrollWidth <= field.clientWidth + 1)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(bar(page)).toBeFocused();
  await expect(page.locator('.status-bar')).toContainText('Decision noted for Set social media strategy and objectives.');
  await expect(decision).toHaveValue('Marketing owns the strategy; PR is consulted on every sensitive topic, and Legal reviews the policy once a year\nReviewed again in spring');
});

test('in the matrix, one row at a time: the Page keys step even from a cell, and the Exit button leaves', async ({ page }) => {
  await openExample(page);
  await chooseFromMore(page, 'Agenda and time boxes…');
  const dialog = page.getByRole('dialog', { name: 'Agenda and time boxes' });
  await dialog.getByRole('radio', { name: 'One activity at a time' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await page.keyboard.press('Alt+Shift+M');
  await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Present' }).click();
  await expect(bar(page).getByText('Row 1 of 22')).toBeVisible();
  // No time box unless one is set.
  await expect(bar(page).getByRole('timer')).toHaveCount(0);
  const matrix = page.getByRole('grid', { name: 'Responsibility matrix' });
  await expect(matrix.locator('tbody tr[data-activity]')).toHaveCount(1);
  await matrix.locator('td[data-row="0"][data-col="1"]').focus();
  await page.keyboard.press('PageDown');
  await expect(bar(page).getByText('Row 2 of 22')).toBeVisible();
  await expect(matrix.locator('tbody tr[data-activity]')).toHaveCount(1);
  await expect(matrix.locator('tr.matrix__row--current')).toHaveAttribute('data-activity', 'policy');
  await page.keyboard.press('2');
  await bar(page).getByRole('button', { name: 'Exit' }).click();
  await expect(bar(page)).toHaveCount(0);
  await expect(page.getByRole('grid', { name: 'Responsibility matrix' }).locator('tbody tr[data-activity]')).toHaveCount(22);
  await page.keyboard.press('Alt+Shift+B');
  await expect(page.locator('.row[data-activity="policy"]')).toHaveAttribute('data-row-status', 'disputed');
});

test('a whole run by keyboard: a DRAFT charter with its reasons, then every row agreed, a charter held back by an objection, and a final one once it is withdrawn', async ({ page }) => {
  await openExample(page);
  const exportPdf = async () => {
    await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Export PDF' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export PDF' });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export PDF' }).click();
    return (await pdfText(new Uint8Array(readFileSync(await (await download).path())))).pages;
  };

  // Group by group: the first row of one group disputed, of the next parked, each without a reason.
  await page.keyboard.press('Alt+Shift+P');
  await expect(bar(page)).toBeFocused();
  await page.keyboard.press('2');
  await expect(bar(page).getByRole('textbox', { name: 'Disputed. Why does this row wait?' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(bar(page)).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(bar(page).getByText('Group 2 of 7')).toBeVisible();
  await page.keyboard.press('3');
  await expect(bar(page).getByRole('textbox', { name: 'Parked. Why does this row wait?' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(bar(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(bar(page)).toHaveCount(0);
  const draft = await exportPdf();
  for (const text of draft) expect(text).toContain('DRAFT · 1 disputed row, 1 parked row');
  expect(draft[0]).toContain('Still open: 1 disputed row, 1 parked row.');

  // Row by row, every row agreed with a clicker's Page Down.
  await chooseFromMore(page, 'Agenda and time boxes…');
  await page.getByRole('dialog', { name: 'Agenda and time boxes' }).getByRole('radio', { name: 'One activity at a time' }).check();
  await page.getByRole('dialog', { name: 'Agenda and time boxes' }).getByRole('button', { name: 'Save' }).click();
  await page.keyboard.press('Alt+Shift+P');
  await expect(bar(page)).toBeFocused();
  await page.keyboard.press('Home');
  for (let row = 1; row <= 22; row += 1) {
    await expect(bar(page).getByText(`Row ${row} of 22`)).toBeVisible();
    await page.keyboard.press('1');
    await expect(currentRow(page)).toHaveAttribute('data-row-status', 'agreed');
    await page.keyboard.press('PageDown');
  }
  await page.keyboard.press('Alt+Shift+P');
  await expect(bar(page)).toHaveCount(0);

  // After the workshop: two departments acknowledge.
  await page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name: 'Charter', exact: true }).click();
  const charter = page.getByRole('dialog', { name: 'Charter' });
  await charter.getByRole('combobox', { name: 'Acknowledgement of Marketing' }).selectOption('agreed');
  await charter.getByRole('textbox', { name: 'Date of acknowledgement by Marketing' }).fill('2026-12-04');
  await charter.getByRole('combobox', { name: 'Acknowledgement of Legal' }).selectOption('objected');
  await charter.getByRole('textbox', { name: 'Date of acknowledgement by Legal' }).fill('2026-12-05');
  await charter.getByRole('textbox', { name: 'What Legal objects to' }).fill('Weekend rota');
  await charter.getByRole('button', { name: 'Save' }).click();

  // Every row agreed, but Legal's objection keeps the charter a draft, and the dialog says where the sign-off stands.
  const toolbarButton = (name: string) => page.getByRole('toolbar', { name: 'Workshop' }).getByRole('button', { name, exact: true });
  await toolbarButton('Export PDF').click();
  const exportDialog = page.getByRole('dialog', { name: 'Export PDF' });
  await expect(exportDialog.getByText(/A draft:\s*Legal objected: Weekend rota\. Every page will be marked DRAFT\./)).toBeVisible();
  await expect(exportDialog.getByRole('region', { name: 'Sign-off' })).toContainText('Sign-off: 1 of 10 departments agreed, 1 objected.');
  await expect(exportDialog.getByRole('list', { name: 'Open objections' }).getByRole('listitem')).toHaveText(['Legal objected: Weekend rota']);
  await page.keyboard.press('Escape');
  const held = await exportPdf();
  for (const text of held) expect(text).toContain('DRAFT');
  expect(held[0]).toContain('Legal objected: Weekend rota');
  const signOff = (held.find((p) => p.includes('Acknowledgement')) ?? '').replace(/\s+/g, ' ');
  expect(signOff).toContain('Acknowledged so far: 1 of 10 departments agreed, 1 objected.');
  expect(signOff).toContain('Agreed on 2026-12-04');
  expect(signOff).toMatch(/Objected on 2026-12-05: Weekend rota/);

  // Legal agrees after all: the charter is final.
  await toolbarButton('Charter').click();
  await charter.getByRole('combobox', { name: 'Acknowledgement of Legal' }).selectOption('agreed');
  await charter.getByRole('button', { name: 'Save' }).click();
  await toolbarButton('Export PDF').click();
  await expect(exportDialog.getByText('Final: no error is open, no row is disputed or parked, and no department objects.')).toBeVisible();
  await expect(exportDialog.getByRole('region', { name: 'Sign-off' })).toContainText('Sign-off: 2 of 10 departments agreed.');
  await page.keyboard.press('Escape');
  expect((await exportPdf()).join(' ')).not.toContain('DRAFT');
});

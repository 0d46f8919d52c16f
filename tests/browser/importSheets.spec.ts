import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import writeXlsxFile from 'write-excel-file/node';
import { expect, test } from './fixtures';
import { openBoard } from './boardPage';
import { lookAtPage } from './lookAtPage';

// One test per layout family, through the preview, as a person who arrives with their own file would.

const fixture = (name: string) => readFileSync(new URL(`../fixtures/sheets/${name}`, import.meta.url));
const title = (page: Page) => page.getByRole('textbox', { name: 'Workshop title' });

async function importFile(page: Page, name: string, buffer: Buffer, mimeType = 'text/csv') {
  await page.getByTestId('import-csv-input').setInputFiles({ name, mimeType, buffer });
  const dialog = page.getByRole('dialog', { name: `Import “${name}”` });
  await expect(dialog.getByRole('button', { name: 'Open as new workshop' })).toBeVisible();
  return dialog;
}

test('a workbook opens on its matrix sheet, merged party headers read as distinct departments', async ({ page }) => {
  await openBoard(page);
  const workbook = await writeXlsxFile([
    { sheet: 'Read me', data: [['Filled in by the project office'], ['Do not change the matrix tab']] },
    {
      sheet: 'RACI',
      data: [
        ['Website relaunch', null, null, null, null],
        [null, { value: 'Client', columnSpan: 2 }, null, { value: 'Agency', columnSpan: 2 }, null],
        ['Task', 'Project Manager', 'Designer', 'Project Manager', 'Designer'],
        ['Approve the concept', 'A', 'C', 'R', 'C'],
        ['Design the pages', 'C', 'A', 'I', 'R'],
        ['Publish the site', 'A', 'I', 'R', 'I'],
      ],
    },
  ]).toBuffer();
  const dialog = await importFile(page, 'relaunch.xlsx', Buffer.from(workbook), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  await expect(dialog.getByRole('combobox', { name: 'Sheet' })).toHaveValue('1');
  await expect(dialog).toContainText('3 activities, 4 departments, 12 roles given.');
  await expect(dialog.getByRole('table', { name: /activities/ }).getByRole('columnheader')).toHaveText(['Activity', 'Client: Project Manager', 'Client: Designer', 'Agency: Project Manager', 'Agency: Designer']);
  await expect(dialog.getByRole('textbox', { name: 'Title of the new workshop' })).toHaveValue('Website relaunch');
  expect((await lookAtPage(page)).map((p) => `${p.kind}: ${p.where}: ${p.detail}`)).toEqual([]);
  await dialog.getByRole('button', { name: 'Open as new workshop' }).click();
  await expect(title(page)).toHaveValue('Website relaunch');
});

test('a German Excel CSV in Windows-1252 says which encoding it was read in, and another can be picked', async ({ page }) => {
  await openBoard(page);
  const dialog = await importFile(page, 'qm.csv', fixture('10-german-windows-1252.csv'));
  await expect(dialog.getByText('Detected Windows-1252 (Western European): if names look wrong, pick another.')).toBeVisible();
  await expect(dialog.getByRole('table', { name: /activities/ })).toContainText('Prüfmittelverwaltung');
  await dialog.getByRole('combobox', { name: 'Text encoding' }).selectOption('windows-1251');
  await expect(dialog.getByText('As chosen.')).toBeVisible();
  await expect(dialog.getByRole('table', { name: /activities/ })).not.toContainText('Prüfmittelverwaltung');
  await dialog.getByRole('combobox', { name: 'Text encoding' }).selectOption('windows-1252');
  await expect(dialog.getByRole('table', { name: /activities/ })).toContainText('Prüfmittelverwaltung');
});

test('departments down and activities across is read turned, and can be turned back', async ({ page }) => {
  await openBoard(page);
  const dialog = await importFile(page, 'site.csv', fixture('24-departments-down.csv'));
  await expect(dialog).toContainText('Read turned, departments down and activities across');
  const layout = dialog.getByRole('combobox', { name: 'Layout' });
  await expect(layout).toHaveValue('departments-down');
  await layout.selectOption('activities-down');
  await expect(dialog).toContainText('Read as activities down and departments across');
  await layout.selectOption('departments-down');
  await expect(dialog).toContainText('Read turned');
});

test('columns per role with names in the cells give the departments; x marks are a role the person picks', async ({ page }) => {
  await openBoard(page);
  const roles = await importFile(page, 'launch.csv', fixture('25-role-columns.csv'));
  await expect(roles).toContainText('Read as one column per role with the departments named in its cells');
  await expect(roles.getByRole('table', { name: /activities/ }).getByRole('columnheader', { name: 'Legal/Finance' })).toBeVisible();
  await roles.getByRole('button', { name: 'Cancel' }).click();

  const marks = await importFile(page, 'onboarding.csv', fixture('04-x-marks.csv'));
  const given = async () => Number(/(\d+) roles given/.exec((await marks.textContent()) ?? '')?.[1]);
  const before = await given();
  const x = marks.getByRole('combobox', { name: '“x” is read as' });
  await expect(x).toHaveValue('responsible');
  await x.selectOption('none');
  await expect.poll(given).toBeLessThan(before);
  await x.selectOption('accountable');
  await expect.poll(given).toBe(before);
  await marks.getByRole('button', { name: 'Open as new workshop' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.status-bar')).toContainText('Imported “onboarding.csv” as a new workshop');
});

test('a column can be given another part, and a wrong choice is said without losing the preview', async ({ page }) => {
  await openBoard(page);
  const before = await title(page).inputValue();
  const dialog = await importFile(page, 'tracker.csv', fixture('32-project-tracker.csv'));
  await dialog.getByText(/^Columns \(/).click();
  const status = dialog.getByRole('combobox', { name: 'Column D “Status” is read as' });
  await expect(status).toHaveValue('leave-out');
  const activity = dialog.getByRole('combobox', { name: 'Column A “Activity” is read as' });
  await activity.selectOption('leave-out');
  await expect(dialog.getByRole('alert')).toContainText('no column holds the activity names');
  await expect(dialog.getByRole('button', { name: 'Open as new workshop' })).toBeDisabled();
  await activity.selectOption('activity');
  await expect(dialog.getByRole('button', { name: 'Open as new workshop' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(title(page)).toHaveValue(before);
});

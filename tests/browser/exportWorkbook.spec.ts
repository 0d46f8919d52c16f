import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { generateMatrix } from '../../bench/generateMatrix';
import { chooseFromMore, openBoard, openExample, openMatrix } from './boardPage';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
});

test('Export XLSX downloads a workbook: the matrix with its legend, then a sheet per department', async ({ page }) => {
  await openExample(page);
  const download = page.waitForEvent('download');
  await chooseFromMore(page, 'Export XLSX');
  const file = await download;
  expect(file.suggestedFilename()).toBe('Who owns social media (example).xlsx');
  const files = unzipSync(new Uint8Array(readFileSync(await file.path())));
  const workbook = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
  expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(
    expect.arrayContaining(['Matrix', 'Marketing', 'Legal', 'Public Relations']),
  );
  const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
  expect(strings).toContain('Legend');
  expect(strings).toContain('Lead crisis response');
  await expect(page.locator('.status-bar')).toHaveText('Exported Who owns social media (example).xlsx.');
});

test('a 1,000 x 60 matrix exports too: its large sheet is zipped in a worker the page is allowed to start', async ({ page }) => {
  await openBoard(page);
  await openMatrix(page, generateMatrix(1000, 60));
  const download = page.waitForEvent('download');
  await chooseFromMore(page, 'Export XLSX');
  const files = unzipSync(new Uint8Array(readFileSync(await (await download).path())));
  const matrix = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
  expect(matrix.length, 'a sheet over the 160 KB that sends the zip to a worker').toBeGreaterThan(160 * 1024);
  expect(Object.keys(files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))).toHaveLength(61);
  await expect(page.locator('.status-bar')).toHaveText('Exported Generated 1000 x 60.xlsx.');
});

import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { chooseFromMore, openExample } from './boardPage';

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

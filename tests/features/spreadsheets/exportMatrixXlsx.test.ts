import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { createExampleWorkshop } from '../../../src/domain/templates/example';
import { workbookSheets } from '../../../src/features/spreadsheets/workbookSheets';
import { matrixWorkbook } from '../../../src/format/matrixWorkbook';

describe('the XLSX export', () => {
  it('writes a workbook Excel opens: the sheets by name, the names and letters, the role colours, frozen panes', async () => {
    const doc = createExampleWorkshop('2026-12-04');
    const bytes = new Uint8Array(await writeXlsxFile(workbookSheets(matrixWorkbook(doc))).toBuffer());
    const files = unzipSync(bytes);
    const read = (name: string) => strFromU8(files[name] ?? new Uint8Array());
    const workbook = read('xl/workbook.xml');
    for (const name of ['Matrix', ...doc.departments.map((d) => d.name)]) expect(workbook).toContain(`name="${name.replace(/&/g, '&amp;')}"`);
    const strings = read('xl/sharedStrings.xml') + Object.keys(files).filter((f) => f.startsWith('xl/worksheets/')).map(read).join('');
    expect(strings).toContain('Set social media strategy and objectives');
    expect(strings).toContain('Accountable');
    const styles = read('xl/styles.xml').toLowerCase();
    for (const colour of ['1d4ed8', 'b91c1c', '047857', '6d28d9']) expect(styles).toContain(colour);
    expect(read('xl/worksheets/sheet1.xml')).toMatch(/<pane[^>]*state="frozen"/);
  });
});

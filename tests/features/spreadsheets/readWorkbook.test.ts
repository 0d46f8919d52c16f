import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { readWorkbook, type WorkbookRead } from '../../../src/features/spreadsheets/readWorkbook';
import { oleFile } from '../../fixtures/oleFile';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** "A" for 1, "GJH" for 5,000. */
function columnName(column: number): string {
  let name = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;

interface HandmadeSheet {
  readonly name: string;
  readonly rows: string;
  readonly state?: 'hidden' | 'veryHidden';
  readonly merges?: readonly string[];
}

/** A minimal .xlsx made by hand, for what write-excel-file cannot write: hidden tabs, whole-row merges, odd cells. */
function handmadeXlsx(sheets: readonly HandmadeSheet[]): Uint8Array {
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets>${sheets
        .map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}</Relationships>`,
    ),
  };
  sheets.forEach((sheet, i) => {
    const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>` : '';
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheet.rows}</sheetData>${merges}</worksheet>`,
    );
  });
  return zipSync(files);
}

function sheetsOf(read: WorkbookRead) {
  if (!read.ok) throw new Error(`expected a workbook, got: ${read.reason}`);
  return read.sheets;
}

function reasonOf(read: WorkbookRead): string {
  if (read.ok) throw new Error('expected a refusal');
  return read.reason;
}

/** Written by write-excel-file (as Export XLSX is), then the third tab hidden, which the writer has no option for. */
async function exportedWorkbook(): Promise<Uint8Array> {
  const written = await writeXlsxFile([
    {
      sheet: 'Matrix',
      data: [
        ['Activity', { value: 'Client', columnSpan: 3 }, null, null, 'Agency'],
        [null, 'Marketing', 'Sales', 'Legal', 'Studio'],
        ['Post daily', 'R', 'A', 'C', 'I'],
        [{ value: new Date(Date.UTC(2026, 11, 4)), type: Date, format: 'yyyy-mm-dd' }, 0.1 + 0.2, true, false, 1234.5],
        [{ value: new Date(Date.UTC(2026, 11, 4, 13, 30)), type: Date, format: 'yyyy-mm-dd hh:mm' }, 7, ' spaced ', null, null],
      ],
    },
    { sheet: 'Notes', data: [['Agreed in the workshop'], [null], [null]] },
    { sheet: 'Lists', data: [['R'], ['A']] },
  ]).toBuffer();
  const files = unzipSync(new Uint8Array(written));
  files['xl/workbook.xml'] = strToU8(strFromU8(files['xl/workbook.xml'] ?? new Uint8Array()).replace('name="Lists"/>', 'name="Lists" state="hidden"/>'));
  return zipSync(files);
}

describe('readWorkbook', () => {
  it('reads every sheet by name, hidden or not, with the texts a person sees', async () => {
    const sheets = sheetsOf(await readWorkbook(await exportedWorkbook()));
    expect(sheets.map(({ name, hidden }) => ({ name, hidden }))).toEqual([
      { name: 'Matrix', hidden: false },
      { name: 'Notes', hidden: false },
      { name: 'Lists', hidden: true },
    ]);
    expect(sheets[0]?.rows).toEqual([
      // The merged header names each column it spans.
      ['Activity', 'Client', 'Client', 'Client', 'Agency'],
      ['', 'Marketing', 'Sales', 'Legal', 'Studio'],
      ['Post daily', 'R', 'A', 'C', 'I'],
      ['2026-12-04', '0.3', 'TRUE', 'FALSE', '1234.5'],
      ['2026-12-04 13:30', '7', ' spaced ', '', ''],
    ]);
    // Empty rows at the end are left out.
    expect(sheets[1]?.rows).toEqual([['Agreed in the workshop']]);
    expect(sheets[2]?.rows).toEqual([['R'], ['A']]);
  });

  it('takes an ArrayBuffer and a view into a larger buffer alike', async () => {
    const bytes = await exportedWorkbook();
    const padded = new Uint8Array(bytes.length + 16);
    padded.set(bytes, 8);
    expect(sheetsOf(await readWorkbook(bytes.slice().buffer))[0]?.name).toBe('Matrix');
    expect(sheetsOf(await readWorkbook(padded.subarray(8, 8 + bytes.length)))[0]?.name).toBe('Matrix');
  });

  it('reads hidden and very hidden tabs, rounds away float noise, and pads rows to one length', async () => {
    const sheets = sheetsOf(
      await readWorkbook(
        handmadeXlsx([
          { name: 'Visible', rows: `<row r="1">${inline('A1', 'Activity')}${inline('C1', 'Legal')}</row><row r="3"><c r="A3"><v>1.0000000000000002</v></c><c r="B3" t="b"><v>1</v></c></row>` },
          { name: 'Hidden', state: 'hidden', rows: `<row r="1">${inline('A1', 'x')}</row>` },
          { name: 'Code', state: 'veryHidden', rows: '' },
        ]),
      ),
    );
    expect(sheets.map((sheet) => sheet.hidden)).toEqual([false, true, true]);
    expect(sheets[0]?.rows).toEqual([
      ['Activity', '', 'Legal'],
      ['', '', ''],
      ['1', 'TRUE', ''],
    ]);
    expect(sheets[2]?.rows).toEqual([]);
  });

  it('copies a merged value down and across, but never beyond the cells in use', async () => {
    const rows = `<row r="1">${inline('A1', 'RACI for social media')}</row><row r="2">${inline('A2', 'Group')}${inline('B2', 'Client')}</row><row r="3">${inline('A3', 'Content')}${inline('B3', 'R')}${inline('C3', 'A')}${inline('D3', 'C')}</row><row r="4">${inline('B4', 'I')}${inline('C4', 'x')}</row>`;
    const [sheet] = sheetsOf(await readWorkbook(handmadeXlsx([{ name: 'Matrix', rows, merges: ['A1:XFD1', 'B2:D2', 'A3:A4'] }])));
    expect(sheet?.rows).toEqual([
      ['RACI for social media', 'RACI for social media', 'RACI for social media', 'RACI for social media'],
      ['Group', 'Client', 'Client', 'Client'],
      ['Content', 'R', 'A', 'C'],
      ['Content', 'I', 'x', ''],
    ]);
  });

  it('trims 5,000 columns of empty and blank cells without stalling', async () => {
    const rows = Array.from({ length: 30 }, (_, r) => {
      const filler = Array.from({ length: 4996 }, (_, c) => `<c r="${columnName(c + 4)}${r + 1}" s="1"/>`).join('');
      // A blank text in the last column makes every row reach it.
      const last = r === 0 ? inline(`${columnName(5000)}1`, ' ') : '';
      return `<row r="${r + 1}">${inline(`A${r + 1}`, `Activity ${r + 1}`)}${inline(`B${r + 1}`, 'R')}${inline(`C${r + 1}`, 'A')}${filler}${last}</row>`;
    }).join('');
    // Times are reported, never asserted (README, Performance): a stall fails on the test timeout.
    const [sheet] = sheetsOf(await readWorkbook(handmadeXlsx([{ name: 'Wide', rows }])));
    expect(sheet?.rows).toHaveLength(30);
    expect(sheet?.rows.every((row) => row.length === 3)).toBe(true);
    expect(sheet?.rows[29]).toEqual(['Activity 30', 'R', 'A']);
  });

  it('reads a 1,000 x 30 matrix, whose sheet is well over the size fflate would unzip in a worker', async () => {
    const departments = Array.from({ length: 29 }, (_, d) => `Department ${d + 1}`);
    const data = [['Activity', ...departments], ...Array.from({ length: 999 }, (_, a) => [`Activity ${a + 1}`, ...departments.map((_, d) => 'RACI'[(a + d) % 4] ?? '')])];
    const bytes = new Uint8Array(await writeXlsxFile(data).toBuffer());
    expect(unzipSync(bytes)['xl/worksheets/sheet1.xml']?.length).toBeGreaterThan(512 * 1024);
    const [sheet] = sheetsOf(await readWorkbook(bytes));
    expect(sheet?.rows).toHaveLength(1000);
    expect(sheet?.rows[999]).toEqual(data[999]);
  });

  it('refuses a password-protected workbook with how to remove the password', async () => {
    expect(reasonOf(await readWorkbook(oleFile('EncryptionInfo', 'EncryptedPackage')))).toBe(
      'This workbook is protected with a password: open it in Excel, remove the password (File > Info > Protect Workbook) or save the sheet as CSV, then import that.',
    );
    // Only the signature: as likely an Excel 97-2003 file, so the reason covers both.
    expect(reasonOf(await readWorkbook(oleFile().subarray(0, 512)))).toMatch(/97-2003.*password/);
    expect(reasonOf(await readWorkbook(oleFile('Workbook')))).toContain('Excel 97-2003 workbook (.xls)');
  });

  it('refuses an OpenDocument spreadsheet with how to save it as .xlsx', async () => {
    const ods = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<x/>') });
    expect(reasonOf(await readWorkbook(ods))).toContain('LibreOffice, use File > Save As > Excel 2007-365 (.xlsx) or Text CSV');
  });

  it('says a cut-short, corrupt or foreign file is damaged or no workbook, and never throws', async () => {
    const whole = await exportedWorkbook();
    expect(reasonOf(await readWorkbook(whole.subarray(0, Math.floor(whole.length / 2))))).toMatch(/^This workbook is damaged and cannot be read: its zip archive is cut short or corrupt/);
    expect(reasonOf(await readWorkbook(zipSync({ 'word/document.xml': strToU8('<w:document/>') })))).toBe(
      'This file is a zip archive but not an Excel workbook: it holds no sheets to read.',
    );
    const broken = handmadeXlsx([{ name: 'Matrix', rows: '<row r="1"><c r="A1" t="s"><v>not a number</v></c>' }]);
    expect(reasonOf(await readWorkbook(broken))).toMatch(/^This workbook is damaged and cannot be read: a part of it is not valid \(.+\)\. Open it in Excel/);
    expect(reasonOf(await readWorkbook(strToU8('Activity,Marketing\nPost,R')))).toMatch(/^This workbook is damaged and cannot be read: it is not a zip archive/);
    expect(reasonOf(await readWorkbook(new ArrayBuffer(0)))).toMatch(/damaged/);
  });

  it('loads read-excel-file and fflate only when a workbook is read, never at start-up', () => {
    const source = readFileSync(new URL('../../../src/features/spreadsheets/readWorkbook.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^import[^;]*from '(read-excel-file|fflate)/m);
    expect(source).toContain("import('read-excel-file/universal')");
  });
});

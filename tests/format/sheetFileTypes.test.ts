import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sheetContentKind, sheetFileRefusal } from '../../src/format/sheetFileContent';
import { isSheetFile, SHEET_FILE_ACCEPT, sheetFileKind } from '../../src/format/sheetFileTypes';
import { oleFile } from '../fixtures/oleFile';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('isSheetFile', () => {
  it('takes .csv and .tsv by name or type, and leaves workshop files to Open', () => {
    expect(isSheetFile('raci.CSV', '')).toBe(true);
    expect(isSheetFile('raci.tsv', '')).toBe(true);
    expect(isSheetFile('export', 'text/csv')).toBe(true);
    expect(isSheetFile('plan.raci.json', 'application/json')).toBe(false);
    expect(isSheetFile('notes.txt', 'text/plain')).toBe(false);
  });

  it('takes workbooks too, also the ones that are refused with how to save them', () => {
    expect(isSheetFile('RACI.XLSX', '')).toBe(true);
    expect(isSheetFile('download', XLSX_TYPE)).toBe(true);
    expect(isSheetFile('old.xls', '')).toBe(true);
    expect(isSheetFile('libre.ods', '')).toBe(true);
  });
});

describe('SHEET_FILE_ACCEPT', () => {
  it('offers CSV, TSV and the workbooks by extension and type', () => {
    const accepted = SHEET_FILE_ACCEPT.split(',');
    for (const entry of ['.csv', '.tsv', '.xlsx', '.xls', '.ods', 'text/csv', XLSX_TYPE]) expect(accepted).toContain(entry);
  });
});

describe('sheetFileKind', () => {
  it('goes by the extension first, then by the type', () => {
    expect(sheetFileKind('matrix.csv', '')).toBe('text');
    expect(sheetFileKind('matrix.xlsx', '')).toBe('workbook');
    expect(sheetFileKind('matrix.xls', '')).toBe('legacy-xls');
    expect(sheetFileKind('matrix.ods', '')).toBe('ods');
    expect(sheetFileKind('matrix', XLSX_TYPE)).toBe('workbook');
    expect(sheetFileKind('matrix', 'application/vnd.oasis.opendocument.spreadsheet')).toBe('ods');
    // Windows gives a .csv this type where Excel is installed.
    expect(sheetFileKind('matrix.csv', 'application/vnd.ms-excel')).toBe('text');
    expect(sheetFileKind('matrix.raci.json', 'application/json')).toBeUndefined();
    expect(sheetFileKind('notes.txt', 'text/plain')).toBeUndefined();
  });
});

describe('sheetContentKind', () => {
  const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
  const ods = zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8('<office:document-content/>'),
  });

  it('believes the bytes over the name', () => {
    expect(sheetContentKind(xlsx, 'matrix.csv')).toBe('workbook');
    expect(sheetContentKind(ods, 'matrix.xlsx')).toBe('ods');
    expect(sheetContentKind(strToU8('Activity;Marketing\nPost;R'), 'matrix.xlsx')).toBe('text');
    expect(sheetContentKind(new Uint8Array(), 'matrix.xlsx')).toBe('text');
  });

  it('tells a password-protected workbook from an Excel 97-2003 one by the streams inside', () => {
    expect(sheetContentKind(oleFile('EncryptionInfo', 'EncryptedPackage'), 'matrix.xls')).toBe('encrypted-workbook');
    expect(sheetContentKind(oleFile('Workbook', 'SummaryInformation'), 'matrix.xlsx')).toBe('legacy-xls');
    expect(sheetContentKind(oleFile('Book'), '')).toBe('legacy-xls');
  });

  it('falls back on the name when the directory cannot be read, and on both readings when the name is no help', () => {
    const headerOnly = oleFile().subarray(0, 512);
    expect(sheetContentKind(headerOnly, 'matrix.xls')).toBe('legacy-xls');
    expect(sheetContentKind(headerOnly, 'matrix.xlsx')).toBe('encrypted-workbook');
    expect(sheetContentKind(headerOnly, 'matrix')).toBe('legacy-or-encrypted');
  });
});

describe('sheetFileRefusal', () => {
  it('says how to save each unreadable kind so it can be imported', () => {
    expect(sheetFileRefusal('legacy-xls')).toContain('Excel 97-2003 workbook');
    expect(sheetFileRefusal('legacy-xls')).toContain('File > Save As > Excel Workbook (.xlsx) or CSV UTF-8');
    expect(sheetFileRefusal('ods')).toContain('File > Save As > Excel 2007-365 (.xlsx) or Text CSV');
    expect(sheetFileRefusal('encrypted-workbook')).toBe(
      'This workbook is protected with a password: open it in Excel, remove the password (File > Info > Protect Workbook) or save the sheet as CSV, then import that.',
    );
    expect(sheetFileRefusal('legacy-or-encrypted')).toMatch(/97-2003.*password.*Protect Workbook.*Save As/);
  });

  it('has nothing to say about CSV text and .xlsx', () => {
    expect(sheetFileRefusal('text')).toBeUndefined();
    expect(sheetFileRefusal('workbook')).toBeUndefined();
  });
});

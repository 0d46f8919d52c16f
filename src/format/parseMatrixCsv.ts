import { readCsvRows } from './csvRows';
import { fileError, MAX_FILE_BYTES, tooLargeError } from './fileErrors';
import { readSheetRows, type SheetImport, type SheetImportOptions } from './sheets/readSheetRows';

export type { SheetChoices, SheetImport, SheetImportOptions } from './sheets/readSheetRows';

/**
 * Reads a matrix from CSV text (or a table pasted from a wiki): the rows are split by the CSV rules, then read
 * like any sheet. A file that holds no matrix is refused with the reason.
 */
export function parseMatrixCsv(text: string, options: SheetImportOptions): SheetImport {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: tooLargeError() };
  if (text.startsWith('PK\u0003\u0004')) {
    return { ok: false, error: fileError('not-a-matrix', 'This is a workbook (.xlsx or .ods), not CSV. Import it as a workbook, or save the sheet as “CSV UTF-8” and import that file.') };
  }
  if (text.includes('\u0000')) return { ok: false, error: fileError('not-a-matrix', 'This file is not text, so it is not CSV.') };
  const read = readCsvRows(text);
  if (!read.ok) return { ok: false, error: fileError('not-a-matrix', `A quoted cell that starts on line ${read.line} is never closed, so the rest of the file cannot be read.`) };
  // A wiki table's rows start and end with "|": the cells outside them are empty, not columns.
  const rows = read.delimiter === '|' ? read.rows.map((row) => (row[0] === '' && row.at(-1) === '' ? row.slice(1, -1) : row)) : read.rows;
  return readSheetRows(rows, options);
}

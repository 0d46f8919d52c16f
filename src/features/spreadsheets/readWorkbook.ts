import { sheetContentKind, sheetFileRefusal } from '../../format/sheetFileContent';
import type { SheetRows } from '../../format/sheetGrid';

/** One sheet of a workbook as a person sees it: its tab's name, whether the tab is hidden, the cells' texts. */
export interface WorkbookSheetRead {
  readonly name: string;
  readonly hidden: boolean;
  readonly rows: SheetRows;
}

export type WorkbookRead = { readonly ok: true; readonly sheets: readonly WorkbookSheetRead[] } | { readonly ok: false; readonly reason: string };

/** Far above any matrix (a 1,000 x 30 sheet is about 1 MB of XML), low enough that a zip of repeated cells cannot stall the tab. */
const MAX_XML_BYTES = 50 * 1024 * 1024;

const damaged = (detail: string): WorkbookRead => ({
  ok: false,
  reason: `This workbook is damaged and cannot be read: ${detail}. Open it in Excel and save it again, or save the sheet as CSV, then import that.`,
});

const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Where merges and hidden tabs are read from: read-excel-file gives neither. */
interface SheetPart {
  readonly hidden: boolean;
  readonly path: string | undefined;
}

interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** An attribute's value in one tag; `name` is a regular expression, so a namespace prefix (`r:id`) can be allowed for. */
function attribute(tag: string, name: string): string | undefined {
  const found = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return found ? (found[1] ?? found[2]) : undefined;
}

/** The tags of one element, with or without a namespace prefix (some writers use `x:sheet`). */
const tags = (xml: string, element: string) => xml.match(new RegExp(`<(?:[\\w.-]+:)?${element}\\b[^>]*>`, 'g')) ?? [];

/** The sheets in workbook order, the order read-excel-file returns them in (it also skips a `<sheet>` without a name). */
function sheetParts(workbookXml: string, relsXml: string): SheetPart[] {
  const targets = new Map<string, string>();
  for (const tag of tags(relsXml, 'Relationship')) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    // Targets are relative to xl/, or absolute within the zip; read-excel-file resolves them the same way.
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return tags(workbookXml, 'sheet')
    .filter((tag) => attribute(tag, 'name') !== undefined)
    .map((tag) => {
      const state = attribute(tag, 'state');
      const id = attribute(tag, '(?:[\\w.-]+:)?id');
      return { hidden: state === 'hidden' || state === 'veryHidden', path: id === undefined ? undefined : targets.get(id) };
    });
}

/** "B1" as zero-based row and column. */
function cellAddress(ref: string): { row: number; column: number } | undefined {
  const found = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref);
  if (!found?.[1] || !found[2]) return undefined;
  let column = 0;
  for (const letter of found[1].toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(found[2]) - 1, column: column - 1 };
}

const utf8 = new TextDecoder();
const CELLS_END = [...'sheetData>'].map((letter) => letter.charCodeAt(0));

/** A sheet's XML from the end of its cells on: merges follow the cells (the schema fixes the order), so megabytes of cells need no decoding. */
function afterCells(sheetXml: Uint8Array): string {
  for (let at = sheetXml.length - CELLS_END.length; at >= 0; at -= 1) {
    if (CELLS_END.every((byte, i) => sheetXml[at + i] === byte)) return utf8.decode(sheetXml.subarray(at));
  }
  return utf8.decode(sheetXml);
}

function mergedRanges(sheetXml: Uint8Array | undefined): CellRange[] {
  const ranges: CellRange[] = [];
  for (const tag of tags(sheetXml ? afterCells(sheetXml) : '', 'mergeCell')) {
    const [from = '', to = from] = (attribute(tag, 'ref') ?? '').split(':');
    const start = cellAddress(from);
    const end = cellAddress(to);
    if (start && end) ranges.push({ top: start.row, left: start.column, bottom: end.row, right: end.column });
  }
  return ranges;
}

/** Excel shows at most 15 significant digits, so 0.1 + 0.2 stored as 0.30000000000000004 reads 0.3, as on screen. */
const numberText = (value: number) => String(Number(value.toPrecision(15)));

/** A date as yyyy-mm-dd, with the time of day only when there is one. read-excel-file gives dates in UTC. */
function dateText(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  const [date = '', time = ''] = value.toISOString().split('T');
  const clock = time.slice(0, 8).replace(/:00$/, '');
  return clock === '00:00' ? date : `${date} ${clock}`;
}

/** The text a person sees in the cell. read-excel-file's own type for a date cell is wrong (`typeof Date`), hence unknown. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  return String(value);
}

const isBlank = (text: string | undefined) => text === undefined || text.trim() === '';

/**
 * The sheet's texts with each merged range showing its top-left value throughout, cut to the last row and
 * column that show anything, every row as long as the longest. A merge never widens the sheet: a title merged
 * across a whole row (A1:XFD1) would otherwise add 16,384 columns.
 */
function sheetRows(data: unknown, merges: readonly CellRange[]): string[][] {
  const rows = Array.isArray(data) ? data.map((row: unknown) => (Array.isArray(row) ? row.map(cellText) : [])) : [];
  const width = (texts: readonly (readonly string[])[]) => texts.reduce((most, row) => Math.max(most, row.findLastIndex((text) => !isBlank(text)) + 1), 0);
  const usedRows = rows.findLastIndex((row) => row.some((text) => !isBlank(text))) + 1;
  const usedColumns = width(rows);
  for (const range of merges) {
    const value = rows[range.top]?.[range.left] ?? '';
    for (let row = range.top; row <= Math.min(range.bottom, usedRows - 1); row += 1) {
      const cells = rows[row] ?? [];
      for (let column = range.left; column <= Math.min(range.right, usedColumns - 1); column += 1) cells[column] = value;
    }
  }
  // A merge whose top-left cell is empty blanks what it covers, which can leave trailing rows or columns empty.
  const kept = rows.slice(0, rows.findLastIndex((row) => row.some((text) => !isBlank(text))) + 1);
  const columns = width(kept);
  return kept.map((row) => Array.from({ length: columns }, (_, column) => row[column] ?? ''));
}

/**
 * Reads every sheet of an `.xlsx` as rows of cell texts, or says in a person's words why it cannot: a password,
 * an Excel 97-2003 or OpenDocument file, a damaged zip. Never throws.
 *
 * read-excel-file gives the values; merges and hidden tabs it does not expose, so they are read from the XML here.
 * The library unzips with fflate, which hands any part over 512 KB to a Worker made from a blob: URL; the app's
 * Content-Security-Policy refuses that worker and the read would never finish. So the parts are unzipped here once
 * and handed over again stored, uncompressed, which fflate copies without a worker.
 */
export async function readWorkbook(bytes: Uint8Array | ArrayBuffer): Promise<WorkbookRead> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const kind = sheetContentKind(data, '');
  const refusal = sheetFileRefusal(kind);
  if (refusal !== undefined) return { ok: false, reason: refusal };
  if (kind !== 'workbook') return damaged('it is not a zip archive, as every .xlsx file is');

  let libraries;
  try {
    // Loaded here, on the first workbook, so neither library is part of start-up.
    libraries = await Promise.all([import('fflate'), import('read-excel-file/universal')]);
  } catch (error) {
    return { ok: false, reason: `The workbook reader could not be loaded (${detailOf(error)}). Reload the page and try again.` };
  }
  const [{ unzipSync, zipSync }, { default: readXlsxFile }] = libraries;

  let parts: Record<string, Uint8Array>;
  try {
    let unpacked = 0;
    // Only the XML parts (images and printer settings are not read), and none past the limit: its size is known before unpacking.
    parts = unzipSync(data, {
      filter: (file) => {
        if (!/\.(xml|rels)$/.test(file.name)) return false;
        unpacked += file.originalSize;
        return unpacked <= MAX_XML_BYTES;
      },
    });
    if (unpacked > MAX_XML_BYTES) {
      return { ok: false, reason: 'This workbook holds far more than a matrix (over 50 MB of sheets): copy the matrix into a new workbook or save it as CSV, then import that.' };
    }
  } catch (error) {
    return damaged(`its zip archive is cut short or corrupt (${detailOf(error)})`);
  }
  const workbookXml = parts['xl/workbook.xml'];
  if (!workbookXml) return { ok: false, reason: 'This file is a zip archive but not an Excel workbook: it holds no sheets to read.' };

  try {
    const relations = parts['xl/_rels/workbook.xml.rels'];
    const structure = sheetParts(utf8.decode(workbookXml), relations ? utf8.decode(relations) : '');
    const stored = zipSync(parts, { level: 0 });
    // An ArrayBuffer of its own, as the library takes no view; untrimmed, so each text is exactly as typed.
    const sheets = await readXlsxFile(stored.slice().buffer, { trim: false });
    return {
      ok: true,
      sheets: sheets.map((sheet, index) => {
        const part = structure[index];
        return { name: sheet.sheet, hidden: part?.hidden ?? false, rows: sheetRows(sheet.data, mergedRanges(part?.path === undefined ? undefined : parts[part.path])) };
      }),
    };
  } catch (error) {
    return damaged(`a part of it is not valid (${detailOf(error)})`);
  }
}

import { decodeSheetText } from '../../format/decodeSheetText';
import { parseMatrixCsv, type SheetChoices, type SheetImport } from '../../format/parseMatrixCsv';
import type { SheetEncoding } from '../../format/sheetGrid';
import { readSheetRows } from '../../format/sheets/readSheetRows';
import type { PendingSheet } from '../../store/sheetImport';

/** What the preview lets a person choose beyond the reading's own choices. */
export interface SheetSource {
  readonly encoding?: SheetEncoding;
  /** Which of a workbook's sheets, by index. */
  readonly sheet?: number;
}

export interface PendingReading {
  readonly result: SheetImport;
  /** The encoding text was read in, and whether it was detected rather than chosen. */
  readonly encoding?: { readonly used: SheetEncoding; readonly guessed: boolean };
  /** The workbook sheet read. */
  readonly sheet?: number;
}

const roleCount = (result: SheetImport) => (result.ok ? result.document.assignments.length : -1);

/**
 * Reads a pending sheet as the preview's choices say. A workbook opens on its first visible sheet that looks
 * most like a matrix (the most roles read), unless a sheet is chosen.
 */
export function readPendingSheet(pending: PendingSheet, source: SheetSource, choices: SheetChoices, today: string): PendingReading {
  const options = { title: pending.baseName, today, choices };
  if (pending.kind === 'text') {
    const text = decodeSheetText(pending.bytes, source.encoding);
    return { result: parseMatrixCsv(text.text, options), encoding: { used: text.encoding, guessed: text.guessed } };
  }
  const read = (index: number) => readSheetRows(pending.sheets[index]?.rows ?? [], options);
  if (source.sheet !== undefined) return { result: read(source.sheet), sheet: source.sheet };
  const visible = pending.sheets.map((sheet, index) => ({ sheet, index })).filter(({ sheet }) => !sheet.hidden);
  const candidates = (visible.length > 0 ? visible : pending.sheets.map((sheet, index) => ({ sheet, index }))).map(({ index }) => ({ index, result: read(index) }));
  const best = candidates.reduce((a, b) => (roleCount(b.result) > roleCount(a.result) ? b : a), candidates[0] ?? { index: 0, result: read(0) });
  return { result: best.result, sheet: best.index };
}

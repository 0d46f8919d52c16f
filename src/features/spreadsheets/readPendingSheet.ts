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
  // The import reads a file once to refuse it or not, and the preview opens on that same reading.
  const asGuessed = Object.keys(source).length === 0 && Object.keys(choices).length === 0;
  const kept = asGuessed ? firstReadings.get(pending) : undefined;
  if (kept?.today === today) return kept.reading;
  const reading = readAsChosen(pending, source, choices, today);
  if (asGuessed) firstReadings.set(pending, { today, reading });
  return reading;
}

const firstReadings = new WeakMap<PendingSheet, { readonly today: string; readonly reading: PendingReading }>();

function readAsChosen(pending: PendingSheet, source: SheetSource, choices: SheetChoices, today: string): PendingReading {
  const options = { title: pending.baseName, today, choices };
  if (pending.kind === 'text') {
    const text = decodeSheetText(pending.bytes, source.encoding);
    return { result: parseMatrixCsv(text.text, options), encoding: { used: text.encoding, guessed: text.guessed } };
  }
  const readSheet = (index: number) => readSheetRows(pending.sheets[index]?.rows ?? [], options);
  if (source.sheet !== undefined) return { result: readSheet(source.sheet), sheet: source.sheet };
  const visible = pending.sheets.map((sheet, index) => ({ sheet, index })).filter(({ sheet }) => !sheet.hidden);
  const candidates = (visible.length > 0 ? visible : pending.sheets.map((sheet, index) => ({ sheet, index }))).map(({ index }) => ({ index, result: readSheet(index) }));
  const best = candidates.reduce((a, b) => (roleCount(b.result) > roleCount(a.result) ? b : a), candidates[0] ?? { index: 0, result: readSheet(0) });
  return { result: best.result, sheet: best.index };
}

import { readCellMarks, type CellMarks } from './cellMarks';
import { headerWordOf } from './headerWords';
import { conceptOfWord } from './roleWords';
import type { SheetLegend } from './sheetLegend';

/** The part a column plays in the matrix; the preview lets a person change any of them. */
export type ColumnPart = 'activity' | 'id' | 'group' | 'channel' | 'description' | 'notes' | 'department' | 'leave-out';

/** A row of the sheet as the spreadsheet program numbers it. */
export interface SheetRow {
  readonly number: number;
  readonly cells: readonly string[];
}

export interface ColumnStats {
  readonly filled: number;
  /** Cells read wholly as marks: roles, a single mark, or "no role". */
  readonly marks: number;
  /** Of those, the ones that give a role. */
  readonly roles: number;
  readonly distinct: number;
}

export const cellAt = (row: SheetRow, column: number) => row.cells[column] ?? '';
export const filledCount = (row: SheetRow) => row.cells.filter((cell) => cell !== '').length;

export function columnStats(rows: readonly SheetRow[], column: number, legend: SheetLegend): ColumnStats {
  let filled = 0;
  let marks = 0;
  let roles = 0;
  const seen = new Set<string>();
  for (const row of rows) {
    const text = cellAt(row, column);
    if (text === '') continue;
    filled += 1;
    seen.add(text);
    const read: CellMarks = readCellMarks(text, legend);
    if (read.kind === 'marks' || read.kind === 'single') roles += 1;
    if (read.kind !== 'text') marks += 1;
  }
  return { filled, marks, roles, distinct: seen.size };
}

/** Only a column whose filled cells are mostly role marks is a department. */
export function isMarkColumn(stats: ColumnStats): boolean {
  return stats.roles > 0 && stats.marks >= 0.6 * stats.filled;
}

/** A header cell that names a role ("R", "Accountable", "Verantwortlich"): the role-columns layout. */
export function roleOfHeader(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[RACIS]$/u.test(trimmed)) return trimmed;
  const concept = conceptOfWord(trimmed);
  return concept && concept !== 'none' ? concept : undefined;
}

const ID_VALUE = /^[\p{L}]{0,6}[-_.]?\d+([.-]\d+)*[a-z]?$/u;

/** Plain row numbers (1, 2, 3 …) carry nothing; codes such as "AC-1" or "2.3" name the activity. */
function isCounting(values: readonly string[]): boolean {
  return values.length > 0 && values.every((value, i) => /^\d+$/.test(value) && (i === 0 || Number(value) === Number(values[i - 1]) + 1));
}

export interface ColumnGuess {
  readonly part: ColumnPart;
  /** Why, for the preview and the notes: "holds text, not role marks". */
  readonly reason: string;
}

/**
 * Gives every column a part: by its header word first (in seven languages), then by what its cells hold.
 * Only a column whose filled cells are mostly role marks is a department; the activity column is the one
 * headed like one, or else the first column of text.
 */
export function guessColumnParts(header: readonly string[], body: readonly SheetRow[], legend: SheetLegend, width: number): ColumnGuess[] {
  const stats = Array.from({ length: width }, (_, c) => columnStats(body, c, legend));
  const words = Array.from({ length: width }, (_, c) => headerWordOf(header[c] ?? ''));
  const values = (c: number) => body.map((row) => cellAt(row, c)).filter((v) => v !== '');
  const guesses: (ColumnGuess | undefined)[] = Array.from({ length: width }, () => undefined);
  const taken = new Set<string>();
  const claim = (c: number, part: ColumnPart, reason: string) => {
    guesses[c] = { part, reason };
    if (part !== 'department' && part !== 'leave-out') taken.add(part);
  };
  // Department columns first: marks decide, whatever the header says, unless it says text.
  for (let c = 0; c < width; c += 1) {
    const s = stats[c];
    const word = words[c];
    if (s && isMarkColumn(s) && word !== 'activity' && word !== 'description' && word !== 'notes') {
      if ((header[c] ?? '').trim() === '') claim(c, 'leave-out', 'has role marks but no department name in the header row');
      else claim(c, 'department', 'holds role marks');
    }
  }
  const firstMark = stats.findIndex((st) => isMarkColumn(st));
  for (let c = 0; c < width; c += 1) {
    if (guesses[c]) continue;
    const word = words[c];
    if (word === 'id' && isCounting(values(c))) claim(c, 'leave-out', 'numbers the rows');
    else if (word && word !== 'other' && word !== 'departments' && !taken.has(word)) claim(c, word, `headed “${header[c]}”`);
  }
  // The activity column: headed like one, or else the first column of text before the marks.
  if (!taken.has('activity')) {
    const candidates = Array.from({ length: width }, (_, c) => c).filter((c) => !guesses[c] && (stats[c]?.filled ?? 0) > 0 && !ID_VALUE.test(values(c)[0] ?? ''));
    const before = candidates.filter((c) => firstMark === -1 || c < firstMark);
    const pick = before.find((c) => (stats[c]?.distinct ?? 0) >= 0.5 * (stats[c]?.filled ?? 0)) ?? before[0] ?? candidates[0];
    if (pick !== undefined) claim(pick, 'activity', 'the first column of text');
  }
  for (let c = 0; c < width; c += 1) {
    if (guesses[c]) continue;
    const s = stats[c];
    const cells = values(c);
    const activity = guesses.findIndex((g) => g?.part === 'activity');
    if (!taken.has('id') && (activity === -1 || c < activity) && cells.length > 0 && cells.every((v) => ID_VALUE.test(v)) && !isCounting(cells)) claim(c, 'id', 'holds activity codes');
    else if (cells.length > 0 && isCounting(cells)) claim(c, 'leave-out', 'numbers the rows');
    else if ((header[c] ?? '') === '' && (s?.filled ?? 0) === 0) claim(c, 'leave-out', 'is empty');
    else if (words[c] === 'other') claim(c, 'leave-out', 'is not part of a matrix');
    else if ((s?.filled ?? 0) === 0 && firstMark !== -1 && c > firstMark) claim(c, 'department', 'names a department with no roles yet');
    else if (words[c] === undefined && (s?.filled ?? 0) === 0 && firstMark === -1) claim(c, 'department', 'names a department with no roles yet');
    else claim(c, 'leave-out', (s?.filled ?? 0) === 0 ? 'holds nothing' : 'holds text, not role marks');
  }
  return guesses.map((g) => g ?? { part: 'leave-out', reason: 'holds text, not role marks' });
}

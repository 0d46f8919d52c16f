import { EMPTY_MARKS } from './roleWords';
import { cellAt, type SheetRow } from './sheetColumns';

// Names in one cell are separated by commas, semicolons, line breaks or "and" (in the seven languages).
const LIST = /\s*[,;\n]\s*/u;
const AND = /\s+(?:and|und|et|y|e|en)\s+/iu;

/** Names that stand alone in a cell somewhere: "Research and Development" then stays one name. */
export function wholeNames(rows: readonly SheetRow[], columns: readonly number[]): Set<string> {
  const whole = new Set<string>();
  for (const row of rows) for (const c of columns) for (const piece of cellAt(row, c).split(LIST)) if (piece && !AND.test(piece)) whole.add(piece.trim());
  return whole;
}

/** The department names one cell of a role column holds, in order. */
export function namesInCell(text: string, whole: ReadonlySet<string>): string[] {
  return text
    .split(LIST)
    .flatMap((piece) => (whole.has(piece.trim()) ? [piece] : piece.split(AND)))
    .map((name) => name.trim())
    .filter((name) => name !== '' && !EMPTY_MARKS.includes(name.toLowerCase()));
}

/** Every department named in the role columns, in the order a reader meets them. */
export function departmentNamesIn(rows: readonly SheetRow[], columns: readonly number[]): string[] {
  const whole = wholeNames(rows, columns);
  const names: string[] = [];
  for (const row of rows) for (const c of columns) for (const name of namesInCell(cellAt(row, c), whole)) if (!names.includes(name)) names.push(name);
  return names;
}

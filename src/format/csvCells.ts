/**
 * The cell rules of CSV, both ways, in one place: what the export writes, the import reads back.
 * RFC 4180 quoting; spreadsheet programs in many locales write ";" or a tab instead of ",".
 */

// A leading =, +, - or @ would run as a formula in a spreadsheet; the export puts a ' before it (and
// before a leading ' of the text itself, so the import can tell the two apart).
const FORMULA_START = /^[=+\-@\t\r']/;

export function csvField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Takes back the ' that guards a formula-like text, so "-" comes back as "-", not "'-". */
export function restoreFormulaText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

export type CsvDelimiter = ',' | ';' | '\t';

/** The delimiter the first line uses most, outside quotes; a comma when none appears. */
function guessDelimiter(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as CsvDelimiter] += 1;
  }
  const best = (Object.keys(counts) as CsvDelimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] > 0 ? best : ',';
}

export type CsvRead =
  | { readonly ok: true; readonly rows: readonly (readonly string[])[]; readonly delimiter: CsvDelimiter }
  | { readonly ok: false; readonly line: number };

/**
 * Splits CSV text into rows of cells. A quote left open is the one thing that cannot be read (everything
 * after it would be one cell), so it is refused with the line it starts on.
 */
export function readCsvRows(text: string): CsvRead {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = guessDelimiter(source);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 1;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      line += 1;
    } else cell += char;
  }
  if (quoted) return { ok: false, line: quoteLine };
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return { ok: true, rows, delimiter };
}

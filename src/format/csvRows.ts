import Papa from 'papaparse';
import { csvDelimiters } from './csvCells';

// Reading CSV apart from writing it: Export CSV needs only csvField, and Papa Parse loads with the import alone.


export type CsvDelimiter = (typeof csvDelimiters)[number];

type LineBreak = '\r\n' | '\n' | '\r';

export type CsvRead =
  | { readonly ok: true; readonly rows: readonly (readonly string[])[]; readonly delimiter: CsvDelimiter }
  | { readonly ok: false; readonly line: number };

const isDelimiter = (char: string): char is CsvDelimiter => (csvDelimiters as readonly string[]).includes(char);

/**
 * The separators and line breaks that stand outside quotes. Quotes are counted in pairs, which is exact for
 * RFC 4180 text: a file written with "," holds every ";" inside quotes, and Papa Parse, which only opens a
 * quote at the start of a cell, would still split on it. Quotes that do not pair up (a stray one, as in
 * 27" screen) make that count unreliable, so then every separator and line break counts.
 */
function outsideQuotes(text: string, pairQuotes = true): { readonly delimiters: Set<CsvDelimiter>; readonly breaks: Set<LineBreak> } {
  const delimiters = new Set<CsvDelimiter>();
  const breaks = new Set<LineBreak>();
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (char === '"') quoted = pairQuotes && !quoted;
    else if (quoted) continue;
    else if (isDelimiter(char)) delimiters.add(char);
    else if (char === '\n') breaks.add('\n');
    else if (char === '\r' && text[i + 1] === '\n') {
      breaks.add('\r\n');
      i += 1;
    } else if (char === '\r') breaks.add('\r');
  }
  return quoted ? outsideQuotes(text, false) : { delimiters, breaks };
}

// Enough rows to see past a title and a header, few enough to stay cheap on a long file.
const GUESS_ROWS = 200;

/**
 * The separator that gives the most rows one and the same number of cells (more than one), counted on the
 * first rows; the wider table wins a tie, then the order of `csvDelimiters`. A comma when no separator
 * splits anything.
 */
function guessDelimiter(text: string, newline: LineBreak, candidates: ReadonlySet<CsvDelimiter>): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; rows: number; width: number } = { delimiter: ',', rows: 0, width: 0 };
  for (const delimiter of csvDelimiters.filter((d) => candidates.has(d))) {
    const widths = new Map<number, number>();
    for (const row of Papa.parse<string[]>(text, { delimiter, newline, preview: GUESS_ROWS }).data) {
      if (row.length > 1) widths.set(row.length, (widths.get(row.length) ?? 0) + 1);
    }
    for (const [width, rows] of widths) {
      if (rows > best.rows || (rows === best.rows && width > best.width)) best = { delimiter, rows, width };
    }
  }
  return best.delimiter;
}

const lineOf = (text: string, index: number) => (text.slice(0, index).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;

/**
 * Splits CSV text into rows of cells; a row keeps as many cells as it has (rows are not padded). A quote
 * left open is the one thing that cannot be read (everything after it would be one cell), so it is refused
 * with the line it starts on.
 */
export function readCsvRows(text: string): CsvRead {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const outside = outsideQuotes(source);
  // One kind of line break is read as it is, so a line break inside a quoted cell comes back exactly. A file
  // that mixes "\n" and "\r\n" is read on "\n", the "\r" taken off each row's end (a lone "\r" there stays text).
  const mixed = outside.breaks.size > 1;
  const [only] = outside.breaks;
  const newline = mixed || only === undefined ? '\n' : only;
  const delimiter = guessDelimiter(source, newline, outside.delimiters);
  const parsed = Papa.parse<string[]>(source, { delimiter, newline });
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
  // Papa gives the index just after the opening quote.
  if (unclosed) return { ok: false, line: lineOf(source, (unclosed.index ?? 1) - 1) };
  const rows = mixed ? parsed.data.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell.replace(/\r$/, '') : cell))) : parsed.data;
  // The break that ends the last line ends that row; it does not start an empty one.
  const last = rows[rows.length - 1];
  if (last?.length === 1 && last[0] === '') rows.pop();
  return { ok: true, rows, delimiter };
}

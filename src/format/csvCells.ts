/**
 * The cell rules of CSV, both ways, in one place: what the export writes, the import reads back.
 * RFC 4180 quoting; spreadsheet programs in many locales write ";", a tab or "|" instead of ",".
 */

// A leading =, +, - or @ would run as a formula in a spreadsheet; the export puts a ' before it (and
// before a leading ' of the text itself, so the import can tell the two apart).
const FORMULA_START = /^[=+\-@\t\r']/;

// Every separator the import may guess is quoted, not only the comma: a cell of ";;;;a" left bare would
// make the import take ";" for the separator and split the file wrongly. A leading byte-order mark is
// quoted too, since the import takes one at the start of the text for the file's own.
/** Every separator the import may guess: a field holding any of them is quoted, so the guess cannot go astray. */
export const csvDelimiters = [',', ';', '\t', '|'] as const;

const NEEDS_QUOTES = new RegExp(`["\r\n${csvDelimiters.join('')}]|^\uFEFF`);

export function csvField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Takes back the ' that guards a formula-like text, so "-" comes back as "-", not "'-". */
export function restoreFormulaText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

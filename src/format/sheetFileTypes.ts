/** What counts as a spreadsheet file, for the file chooser and for a dropped or pasted file alike. */
export const SHEET_FILE_ACCEPT = '.csv,.tsv,.txt,text/csv,text/tab-separated-values';

/** A dropped or pasted `.csv` or `.tsv` goes to the import preview; any other file is read as a workshop. */
export function isSheetFile(name: string, type: string): boolean {
  return /\.(csv|tsv)$/i.test(name) || type === 'text/csv' || type === 'text/tab-separated-values';
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLS_TYPE = 'application/vnd.ms-excel';
const ODS_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/**
 * What the file chooser offers for a spreadsheet. `.xls` and `.ods` are offered too although they cannot be
 * read: chosen, they are refused with how to save them as `.xlsx` or CSV, which helps more than a file greyed out.
 */
export const SHEET_FILE_ACCEPT = `.csv,.tsv,.txt,.xlsx,.xls,.ods,text/csv,text/tab-separated-values,${XLSX_TYPE},${XLS_TYPE},${ODS_TYPE}`;

/** `text`: CSV or TSV; `workbook`: an Excel `.xlsx`; `legacy-xls`: Excel 97-2003; `ods`: OpenDocument (LibreOffice). */
export type SheetFileKind = 'text' | 'workbook' | 'legacy-xls' | 'ods';


/** The spreadsheet a file is by its name, or by its type when the name says nothing; undefined for any other file. */
export function sheetFileKind(name: string, type: string): SheetFileKind | undefined {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'csv' || extension === 'tsv') return 'text';
  if (extension === 'xlsx') return 'workbook';
  if (extension === 'xls') return 'legacy-xls';
  if (extension === 'ods') return 'ods';
  if (type === 'text/csv' || type === 'text/tab-separated-values') return 'text';
  if (type === XLSX_TYPE) return 'workbook';
  // Windows labels every .csv with this type where Excel is installed; the bytes decide (sheetContentKind).
  if (type === XLS_TYPE) return 'legacy-xls';
  if (type === ODS_TYPE) return 'ods';
  return undefined;
}

/** A dropped or pasted spreadsheet goes to the import (which reads it or says why not); any other file is read as a workshop. */
export function isSheetFile(name: string, type: string): boolean {
  return sheetFileKind(name, type) !== undefined;
}

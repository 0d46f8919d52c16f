import { SHEET_FILE_ACCEPT } from '../../format/sheetFileTypes';
import { useFileInput, type FileInput } from '../../ui/useFileInput';

/** Loaded with the first import: spreadsheets come before or after the workshop, not at start-up. */
export const importSheet = (file: File) => import('./importSheetFile').then((m) => m.importSheetFile(file));

const choose = (file: File) => void importSheet(file);

/** The file input behind "Import spreadsheet…". */
export function useImportCsvInput(): FileInput {
  return useFileInput(SHEET_FILE_ACCEPT, choose, 'import-csv-input');
}

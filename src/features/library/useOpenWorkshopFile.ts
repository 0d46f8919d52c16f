import { isSheetFile, SHEET_FILE_ACCEPT } from '../../format/sheetFileTypes';
import { useFileInput, type FileInput } from '../../ui/useFileInput';
import { openWorkshopFile } from './openWorkshop';

/**
 * The file input behind Open and Ctrl/Cmd+O. A spreadsheet chosen here goes to the import, as a dropped one
 * does, rather than being refused as "not valid JSON": people open the file they have. `importSheet` comes
 * from the app, since the import is a feature of its own.
 */
export function useOpenWorkshopFile(importSheet: (file: File) => unknown): FileInput {
  const open = (file: File) => {
    if (isSheetFile(file.name, file.type)) void importSheet(file);
    else void openWorkshopFile(file);
  };
  return useFileInput(`.json,application/json,${SHEET_FILE_ACCEPT}`, open, 'open-workshop-input');
}

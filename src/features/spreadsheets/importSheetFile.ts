import { localIsoDate } from '../../domain/calendarDate';
import { parseMatrixCsv } from '../../format/parseMatrixCsv';
import { readFileText } from '../../store/readFileText';
import { useSessionStore } from '../../store/sessionStore';
import { previewSheet } from '../../store/sheetImport';

/**
 * Reads a spreadsheet and shows what it holds in the import preview, or refuses it with the reason.
 * Nothing changes until the preview's Open: the open workshop stays exactly as it is.
 */
export async function importSheetFile(file: File): Promise<boolean> {
  const session = useSessionStore.getState();
  const source = `“${file.name}”`;
  const read = await readFileText(file);
  if (!read.ok) {
    session.refuse({ source, error: read.error });
    return false;
  }
  const baseName = file.name.replace(/\.[^.]*$/, '').trim() || 'Imported sheet';
  const result = parseMatrixCsv(read.text, { title: baseName, today: localIsoDate(new Date()) });
  if (!result.ok) {
    session.refuse({ source, error: result.error });
    return false;
  }
  previewSheet({ source, baseName, text: read.text });
  session.showDialog('import-csv');
  return true;
}

import { localIsoDate } from '../../domain/calendarDate';
import { fileError, MAX_FILE_BYTES, tooLargeError, type FileError } from '../../format/fileErrors';
import { sheetContentKind, sheetFileRefusal } from '../../format/sheetFileContent';
import { useSessionStore } from '../../store/sessionStore';
import { previewSheet, type PendingSheet } from '../../store/sheetImport';
import { readPendingSheet } from './readPendingSheet';

async function bytesOf(file: File): Promise<Uint8Array | FileError> {
  if (file.size > MAX_FILE_BYTES) return tooLargeError();
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    return fileError('not-text', 'The file could not be read: it may have been moved or deleted.');
  }
}

/**
 * Reads a spreadsheet (CSV in any common encoding, or an .xlsx workbook) and shows what it holds in the
 * import preview, or refuses it with the reason. Nothing changes until the preview's Open: the open workshop
 * stays exactly as it is.
 */
export async function importSheetFile(file: File): Promise<boolean> {
  const session = useSessionStore.getState();
  const source = `“${file.name}”`;
  const refuse = (error: FileError) => {
    session.refuse({ source, error });
    return false;
  };
  const bytes = await bytesOf(file);
  if (!(bytes instanceof Uint8Array)) return refuse(bytes);
  const kind = sheetContentKind(bytes, file.name);
  const refusal = sheetFileRefusal(kind);
  if (refusal) return refuse(fileError('not-a-matrix', refusal));
  const baseName = file.name.replace(/\.[^.]*$/, '').trim() || 'Imported sheet';
  let pending: PendingSheet;
  if (kind === 'workbook') {
    session.announce(`Reading the workbook ${source}…`);
    const { readWorkbook } = await import('./readWorkbook');
    const workbook = await readWorkbook(bytes);
    if (!workbook.ok) return refuse(fileError('not-a-matrix', workbook.reason));
    pending = { source, baseName, kind: 'workbook', sheets: workbook.sheets };
  } else pending = { source, baseName, kind: 'text', bytes };
  const { result } = readPendingSheet(pending, {}, {}, localIsoDate(new Date()));
  if (!result.ok) return refuse(result.error);
  previewSheet(pending);
  session.showDialog('import-csv');
  return true;
}

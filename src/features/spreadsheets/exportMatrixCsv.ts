import type { RaciDocument } from '../../domain/model';
import { matrixCsv } from '../../format/matrixCsv';
import { downloadFile, safeFileName } from '../../ui/downloadFile';

/** Downloads the matrix as `<title>.csv`; returns the file name for the confirmation. */
export function exportMatrixCsv(doc: RaciDocument): string {
  const fileName = safeFileName(doc.title, '.csv');
  downloadFile(fileName, matrixCsv(doc), 'text/csv;charset=utf-8');
  return fileName;
}

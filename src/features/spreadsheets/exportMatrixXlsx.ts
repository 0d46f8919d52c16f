import writeXlsxFile from 'write-excel-file/browser';
import type { RaciDocument } from '../../domain/model';
import { matrixWorkbook } from '../../format/matrixWorkbook';
import { downloadFile, safeFileName } from '../../ui/downloadFile';
import { workbookSheets } from './workbookSheets';

/** Downloads the matrix as `<title>.xlsx`; returns the file name for the confirmation. */
export async function exportMatrixXlsx(doc: RaciDocument): Promise<string> {
  const fileName = safeFileName(doc.title, '.xlsx');
  const blob = await writeXlsxFile(workbookSheets(matrixWorkbook(doc)), { fontFamily: 'Calibri' }).toBlob();
  downloadFile(fileName, blob);
  return fileName;
}

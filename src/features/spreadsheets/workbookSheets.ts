import type { Cell, Sheet } from 'write-excel-file/browser';
import type { WorkbookCell, WorkbookSheet } from '../../format/matrixWorkbook';

function cellOf(cell: WorkbookCell): Cell {
  return {
    value: cell.text,
    type: String,
    ...(cell.bold ? { fontWeight: 'bold' as const } : {}),
    ...(cell.color ? { textColor: cell.color } : {}),
    ...(cell.fill ? { backgroundColor: cell.fill } : {}),
    ...(cell.align ? { align: cell.align } : {}),
  };
}

/** The workbook as write-excel-file takes it; kept apart from the download so a test can write the bytes in Node. */
export function workbookSheets(sheets: readonly WorkbookSheet[]): Sheet<never>[] {
  return sheets.map((sheet) => ({
    sheet: sheet.name,
    // An empty row still needs a cell for the writer; a blank one shows nothing.
    data: sheet.rows.map((row) => (row.length === 0 ? [null] : row.map(cellOf))),
    columns: sheet.widths.map((width) => ({ width })),
    ...(sheet.frozenRows > 0 ? { stickyRowsCount: sheet.frozenRows } : {}),
    ...(sheet.frozenColumns > 0 ? { stickyColumnsCount: sheet.frozenColumns } : {}),
  }));
}

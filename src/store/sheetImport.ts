import { create } from 'zustand';
import type { SheetRows } from '../format/sheetGrid';

/** One sheet of a workbook, as read: its tab's name, whether the tab is hidden, its cells' texts. */
export interface PendingWorkbookSheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly rows: SheetRows;
}

/** A spreadsheet read and waiting in the import preview; nothing of it is in the library until opened. */
export type PendingSheet = {
  /** What the file is called, as a noun phrase: "“raci.csv”". */
  readonly source: string;
  /** The file's name without its extension: the title when the sheet has none. */
  readonly baseName: string;
} & (
  /** CSV or pasted text, kept as bytes so another encoding can be tried in the preview. */
  | { readonly kind: 'text'; readonly bytes: Uint8Array }
  | { readonly kind: 'workbook'; readonly sheets: readonly PendingWorkbookSheet[] }
);

export const useSheetImport = create<{ readonly pending: PendingSheet | undefined }>()(() => ({ pending: undefined }));

export function previewSheet(pending: PendingSheet | undefined): void {
  useSheetImport.setState({ pending });
}

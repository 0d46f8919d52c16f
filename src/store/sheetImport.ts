import { create } from 'zustand';

/** A spreadsheet read and waiting in the import preview; nothing of it is in the library until opened. */
export interface PendingSheet {
  /** What the file is called, as a noun phrase: "“raci.csv”". */
  readonly source: string;
  /** The file's name without its extension: the title when the sheet has none. */
  readonly baseName: string;
  readonly text: string;
}

export const useSheetImport = create<{ readonly pending: PendingSheet | undefined }>()(() => ({ pending: undefined }));

export function previewSheet(pending: PendingSheet | undefined): void {
  useSheetImport.setState({ pending });
}

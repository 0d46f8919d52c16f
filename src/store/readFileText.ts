import { fileError, MAX_FILE_BYTES, tooLargeError, type FileError } from '../format/fileErrors';

export type FileText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: FileError };

// Beside the store rather than in a feature: opening, comparing and importing a sheet read files alike.
/** Reads a chosen, dropped or pasted file as UTF-8; one over the size limit is refused before a byte of it is read. */
export async function readFileText(file: Blob): Promise<FileText> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: tooLargeError() };
  try {
    // Blob.text() drops a byte-order mark unseen; the parsers remove it themselves (and the workshop codec says so).
    return { ok: true, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer()) };
  } catch {
    return { ok: false, error: fileError('not-text', 'The file could not be read: it may have been moved or deleted.') };
  }
}

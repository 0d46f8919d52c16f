import { fileError, MAX_FILE_BYTES, tooLargeError } from '../format/fileErrors';
import { parseWorkshopFile, type ParseResult } from '../format/parseWorkshopFile';

// Beside the store rather than in a feature: opening a file and comparing with one read it alike.
/** Reads a chosen, dropped or pasted file; one over the size limit is refused before a byte of it is read. */
export async function readWorkshopFile(file: Blob): Promise<ParseResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: tooLargeError() };
  let text: string;
  try {
    // Blob.text() drops a byte-order mark unseen; the codec removes it itself and says so.
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer());
  } catch {
    return { ok: false, error: fileError('not-text', 'The file could not be read: it may have been moved or deleted.') };
  }
  return parseWorkshopFile(text);
}


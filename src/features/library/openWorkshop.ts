import { tooLargeError, fileError, MAX_FILE_BYTES } from '../../format/fileErrors';
import { parseWorkshopFile, type ParseResult } from '../../format/parseWorkshopFile';
import { useSessionStore } from '../../store/sessionStore';
import { addWorkshop } from '../../store/workshopLibrary';

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

/**
 * Opens what was read as a new workshop, with its repairs listed, or refuses it with the reason. Either way
 * the workshop that was open is left exactly as it was.
 */
export function openParsedWorkshop(result: ParseResult, source: string): boolean {
  const session = useSessionStore.getState();
  if (!result.ok) {
    session.refuse({ source, error: result.error });
    return false;
  }
  addWorkshop(result.document);
  session.setRepairs({ source, warnings: result.warnings });
  session.announce(`Opened ${source} as a new workshop: ${result.document.title}.`);
  return true;
}

export function fileSource(file: File): string {
  return `“${file.name}”`;
}

export async function openWorkshopFile(file: File): Promise<boolean> {
  return openParsedWorkshop(await readWorkshopFile(file), fileSource(file));
}

import { readFile, stat } from 'node:fs/promises';
import { fileError, MAX_FILE_BYTES, tooLargeError } from '../format/fileErrors';
import { parseWorkshopFile, type ParseResult } from '../format/parseWorkshopFile';

/** The file codec, from a path: a file over the size limit is refused before it is read. */
export async function readWorkshopPath(path: string): Promise<ParseResult> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, error: fileError('not-text', `${path} is not a file.`) };
    if (info.size > MAX_FILE_BYTES) return { ok: false, error: tooLargeError() };
    // ignoreBOM keeps a byte-order mark for the codec, which removes it and lists the repair.
    return parseWorkshopFile(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readFile(path)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'there is no such file' : code === 'EACCES' ? 'permission denied' : String(error);
    return { ok: false, error: fileError('not-text', `${path} could not be read: ${reason}.`) };
  }
}

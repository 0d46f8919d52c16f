import { readFile, stat } from 'node:fs/promises';
import { MAX_FILE_BYTES, tooLargeError, type FileErrorKind } from '../format/fileErrors';
import { describeIgnoredFieldForPeople } from '../format/issueWords';
import { parseWorkshopFile } from '../format/parseWorkshopFile';
import type { RaciDocument } from '../domain/model';
import { cannotReadReason } from './fileSystemErrors';

/** Why a file cannot be opened: the codec's kinds, or `unreadable` when its bytes could not be read at all. */
export interface OpenFailure {
  readonly code: FileErrorKind | 'unreadable';
  /** One sentence, without the path (the caller puts it in front). */
  readonly message: string;
  /** Where the content is wrong, at most a handful (the codec's list). */
  readonly problems: readonly string[];
}

/** A field the file has and this version does not know, with its path and in a person's words. */
export interface IgnoredFieldWords {
  readonly path: string;
  readonly message: string;
}

export type OpenedWorkshop =
  | { readonly ok: true; readonly document: RaciDocument; readonly repairs: readonly string[]; readonly ignored: readonly IgnoredFieldWords[] }
  | { readonly ok: false; readonly error: OpenFailure };

const unreadable = (reason: string): OpenedWorkshop => ({
  ok: false,
  error: { code: 'unreadable', message: `It could not be read: ${reason}.`, problems: [] },
});

/** The app's file codec, from a path: a file over the size limit is refused before it is read. */
export async function readWorkshopPath(path: string): Promise<OpenedWorkshop> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return unreadable('it is a folder, not a file');
    if (info.size > MAX_FILE_BYTES) {
      const { kind, message, problems } = tooLargeError();
      return { ok: false, error: { code: kind, message, problems } };
    }
    bytes = await readFile(path);
  } catch (error) {
    return unreadable(cannotReadReason(error));
  }
  // ignoreBOM keeps a byte-order mark for the codec, which removes it and lists the repair.
  const parsed = parseWorkshopFile(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
  if (!parsed.ok) return { ok: false, error: { code: parsed.error.kind, message: parsed.error.message, problems: parsed.error.problems } };
  const ignored = parsed.ignored.map((field) => ({ path: field.path, message: describeIgnoredFieldForPeople(field.at) }));
  return { ok: true, document: parsed.document, repairs: parsed.warnings, ignored };
}

/** "<path>: cannot be opened. <why>" and the problems below it, indented, for a person reading a log. */
export function cannotOpenText(path: string, error: Pick<OpenFailure, 'message' | 'problems'>): string {
  return `${path}: cannot be opened. ${error.message}\n${error.problems.map((p) => `  ${p}\n`).join('')}`;
}

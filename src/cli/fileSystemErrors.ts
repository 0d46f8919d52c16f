import { dirname, join } from 'node:path';

/** The errno code of a failed file system call ("ENOENT"), or undefined for any other error. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Why `path` could not be read, as the end of a sentence. */
export function cannotReadReason(error: unknown): string {
  switch (errnoCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'there is no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return describe(error);
  }
}

/** "Cannot write <path>: ..." in words, never a bare errno, for the usual ways a write fails. */
export function cannotWriteMessage(path: string, error: unknown): string {
  const reason = (() => {
    switch (errnoCode(error)) {
      // writeFile creates the file, not its folder: ENOENT means the folder is missing.
      case 'ENOENT':
        return `the folder ${dirname(path)} does not exist`;
      case 'ENOTDIR':
        return `${dirname(path)} is not a folder`;
      case 'EISDIR':
        return `it is a folder; name the file to write in it, e.g. ${join(path, 'charter.pdf')}`;
      case 'EACCES':
      case 'EPERM':
        return 'permission denied';
      case 'EROFS':
        return 'the file system is read-only';
      case 'ENOSPC':
        return 'the disk is full';
      default:
        return describe(error);
    }
  })();
  return `Cannot write ${path}: ${reason}.`;
}

import { describe, expect, it } from 'vitest';
import { cannotReadReason, cannotWriteMessage, errnoCode } from '../../src/cli/fileSystemErrors';

/** An error as Node's fs functions throw it; root passes every permission check, so EACCES cannot be provoked here. */
const systemError = (code: string) => Object.assign(new Error(`${code}: raw message`), { code });

describe('file system errors in words', () => {
  it('reads the errno code, and nothing from other errors', () => {
    expect(errnoCode(systemError('EACCES'))).toBe('EACCES');
    expect(errnoCode(new Error('plain'))).toBeUndefined();
    expect(errnoCode('text')).toBeUndefined();
  });

  it('says why a write failed without a bare errno', () => {
    expect(cannotWriteMessage('out/charter.pdf', systemError('EACCES'))).toBe('Cannot write out/charter.pdf: permission denied.');
    expect(cannotWriteMessage('out/charter.pdf', systemError('EPERM'))).toBe('Cannot write out/charter.pdf: permission denied.');
    expect(cannotWriteMessage('out/charter.pdf', systemError('ENOENT'))).toBe('Cannot write out/charter.pdf: the folder out does not exist.');
    expect(cannotWriteMessage('/mnt/cd/charter.pdf', systemError('EROFS'))).toBe('Cannot write /mnt/cd/charter.pdf: the file system is read-only.');
    expect(cannotWriteMessage('charter.pdf', systemError('ENOSPC'))).toBe('Cannot write charter.pdf: the disk is full.');
    expect(cannotWriteMessage('charter.pdf', new Error('something else'))).toBe('Cannot write charter.pdf: something else.');
  });

  it('says why a read failed', () => {
    expect(cannotReadReason(systemError('ENOENT'))).toBe('there is no such file');
    expect(cannotReadReason(systemError('EACCES'))).toBe('permission denied');
  });
});

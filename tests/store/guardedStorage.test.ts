import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from '../../src/store/autosave';
import { guardedStorage } from '../../src/store/guardedStorage';
import { MemoryStorage } from '../../src/store/memoryStorage';

/** Storage that the browser took away: every access throws, as Chromium does when site data is blocked. */
function goneStorage(): KeyValueStorage {
  const gone = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { get length(): number { return gone(); }, key: gone, getItem: gone, setItem: gone, removeItem: gone };
}

describe('guardedStorage', () => {
  it('passes reads and writes through while storage works', () => {
    const failures: unknown[] = [];
    const storage = guardedStorage(new MemoryStorage(), (error) => failures.push(error));
    storage.setItem('a', '1');
    expect([storage.length, storage.key(0), storage.getItem('a')]).toEqual([1, 'a', '1']);
    storage.removeItem('a');
    expect(storage.getItem('a')).toBeNull();
    expect(failures).toEqual([]);
  });

  it('answers "nothing there" to reads of storage that is gone, and reports each failure', () => {
    const failures: unknown[] = [];
    const storage = guardedStorage(goneStorage(), (error) => failures.push(error));
    expect([storage.length, storage.key(0), storage.getItem('a')]).toEqual([0, null, null]);
    storage.removeItem('a');
    expect(failures).toHaveLength(4);
    expect(failures.every((e) => e instanceof DOMException && e.name === 'SecurityError')).toBe(true);
  });

  it('still throws on a refused write, so the autosave keeps the change and tries again', () => {
    const storage = guardedStorage(goneStorage(), () => undefined);
    expect(() => storage.setItem('a', '1')).toThrow(DOMException);
  });
});

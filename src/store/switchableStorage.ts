import type { KeyValueStorage } from './autosave';

/**
 * Storage whose backing store can be swapped while its users keep holding it: the workshop library moves
 * to memory when the browser takes storage away in the middle of a session, and the autosave, the lists
 * and the dialogs go on with the same object.
 */
export function switchableStorage(initial: KeyValueStorage): { readonly storage: KeyValueStorage; readonly switchTo: (next: KeyValueStorage) => void } {
  let current = initial;
  const storage: KeyValueStorage = {
    get length() {
      return current.length;
    },
    key: (index) => current.key(index),
    getItem: (key) => current.getItem(key),
    setItem: (key, value) => current.setItem(key, value),
    removeItem: (key) => current.removeItem(key),
  };
  return { storage, switchTo: (next) => (current = next) };
}

import type { KeyValueStorage } from './autosave';

/**
 * Web Storage whose reads never throw. A browser can take storage away while the app runs (site data
 * blocked, a private window's quota gone), and every later read would then throw inside whatever list or
 * dialog asked; here a failed read answers "nothing there" and reports the failure, so the app says that
 * storage is gone instead of breaking. Writes still throw: the autosave keeps the change and retries.
 */
export function guardedStorage(storage: KeyValueStorage, onFailure: (error: unknown) => void): KeyValueStorage {
  const attempt = <T>(fallback: T, act: () => T): T => {
    try {
      return act();
    } catch (error) {
      onFailure(error);
      return fallback;
    }
  };
  return {
    get length() {
      return attempt(0, () => storage.length);
    },
    key: (index) => attempt(null, () => storage.key(index)),
    getItem: (key) => attempt(null, () => storage.getItem(key)),
    setItem: (key, value) => storage.setItem(key, value),
    // A removal that fails leaves the item there: nothing is lost, and the warning says storage is gone.
    removeItem: (key) => attempt(undefined, () => storage.removeItem(key)),
  };
}

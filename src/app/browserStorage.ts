import { classifyStorageError, type KeyValueStorage } from '../store/autosave';
import type { StorageProblem } from '../store/sessionStore';

export interface OpenedStorage {
  readonly storage: KeyValueStorage | undefined;
  readonly problem: StorageProblem | undefined;
}

const PROBE_KEY = 'raci-workshop/probe';

/**
 * localStorage can be missing (disabled cookies, some private modes throw on access) or full; either way the
 * app must still start, so this probes once and reports instead of throwing.
 */
export function openBrowserStorage(): OpenedStorage {
  let storage: KeyValueStorage;
  try {
    storage = window.localStorage;
  } catch {
    return { storage: undefined, problem: 'unavailable' };
  }
  try {
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return { storage, problem: undefined };
  } catch (error) {
    const problem = classifyStorageError(error);
    return { storage: problem === 'full' ? storage : undefined, problem };
  }
}

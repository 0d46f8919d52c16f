import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { KeyValueStorage } from './autosave';

/**
 * A choice this browser remembers (a theme, the presenter's agenda), never part of a workshop file. It
 * is only a preference: unreadable or unwritable storage leaves it at its default for this visit.
 */
export interface BrowserPreference<T> {
  readonly useValue: UseBoundStore<StoreApi<{ readonly value: T }>>;
  readonly get: () => T;
  readonly set: (value: T) => void;
  readonly connect: (to: KeyValueStorage) => void;
}

/** `read` turns what was stored (parsed JSON) into a value, or undefined when it is not one. */
export function browserPreference<T>(key: string, fallback: T, read: (stored: unknown) => T | undefined): BrowserPreference<T> {
  const useValue = create<{ readonly value: T }>()(() => ({ value: fallback }));
  let storage: KeyValueStorage | undefined;
  return {
    useValue,
    get: () => useValue.getState().value,
    set: (value) => {
      useValue.setState({ value });
      try {
        storage?.setItem(key, JSON.stringify(value));
      } catch {
        // Storage full or gone: the choice still holds for this visit.
      }
    },
    connect: (to) => {
      storage = to;
      let value: T | undefined;
      try {
        const raw = to.getItem(key);
        value = raw === null ? undefined : read(JSON.parse(raw));
      } catch {
        value = undefined;
      }
      useValue.setState({ value: value ?? fallback });
    },
  };
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

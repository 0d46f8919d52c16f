import type { KeyValueStorage } from './autosave';

/**
 * Web Storage in memory: the library's stand-in when the browser refuses localStorage (the app still holds
 * several workshops for the life of the tab), and the tests' storage, with a switch to make writes fail the
 * way browsers do.
 */
export class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  failWith: DOMException | undefined;

  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWith) throw this.failWith;
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

import type { RaciDocument } from '../domain/model';
import type { History } from './history';
import { encodeHistory, HISTORY_KEY } from './historySnapshot';
import { parseWorkshopFile } from '../format/parseWorkshopFile';
import { serializeWorkshop } from '../format/serializeWorkshop';
import type { KeptAsideWorkshop, StorageProblem } from './sessionStore';

export const AUTOSAVE_KEY = 'raci-workshop/autosave';
export const KEPT_ASIDE_PREFIX = 'raci-workshop/kept-aside/';
/** At most one write per interval: a drag storm costs one serialization, not fifty. */
export const AUTOSAVE_INTERVAL_MS = 300;

/** The part of Web Storage the autosave needs; tests pass an in-memory one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export type RestoreResult =
  | { readonly kind: 'empty' }
  | { readonly kind: 'restored'; readonly document: RaciDocument; readonly warnings: readonly string[] }
  | { readonly kind: 'unreadable'; readonly kept: KeptAsideWorkshop; readonly safeToOverwrite: boolean };

export function classifyStorageError(error: unknown): StorageProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  // Browsers disagree on the name (QuotaExceededError, NS_ERROR_DOM_QUOTA_REACHED); code 22 is the old spelling.
  const quota = /quota/i.test(name) || (error instanceof DOMException && error.code === 22);
  return quota ? 'full' : 'unavailable';
}

/**
 * Reads the autosaved workshop. One that cannot be read (corrupt, from a newer version) is copied aside
 * under its own key before anything may overwrite the autosave slot; if even that copy fails, the caller is
 * told not to overwrite it.
 */
export function restoreAutosave(storage: KeyValueStorage, now: Date = new Date()): RestoreResult {
  const text = storage.getItem(AUTOSAVE_KEY);
  if (text === null) return { kind: 'empty' };
  const parsed = parseWorkshopFile(text);
  if (parsed.ok) return { kind: 'restored', document: parsed.document, warnings: parsed.warnings };
  const reason = [parsed.error.message, ...parsed.error.problems].join(' ');
  const key = `${KEPT_ASIDE_PREFIX}${now.toISOString()}`;
  try {
    storage.setItem(key, text);
    return { kind: 'unreadable', kept: { key, text, reason }, safeToOverwrite: true };
  } catch {
    return { kind: 'unreadable', kept: { key: undefined, text, reason }, safeToOverwrite: false };
  }
}

/** Every workshop kept aside at an earlier start, so the notice stays until the user deals with it. */
export function listKeptAside(storage: KeyValueStorage): KeptAsideWorkshop[] {
  const kept: KeptAsideWorkshop[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key === null || !key.startsWith(KEPT_ASIDE_PREFIX)) continue;
    const text = storage.getItem(key);
    if (text === null) continue;
    const parsed = parseWorkshopFile(text);
    const reason = parsed.ok ? 'It was kept aside at an earlier start.' : parsed.error.message;
    kept.push({ key, text, reason });
  }
  return kept;
}

export interface AutosaveOptions {
  readonly storage: KeyValueStorage;
  /** Per-tab storage for the undo history (sessionStorage), so a reload can still undo. */
  readonly historyStorage?: KeyValueStorage;
  readonly appVersion: string;
  readonly onProblem: (problem: StorageProblem | undefined) => void;
  readonly intervalMs?: number;
  readonly now?: () => Date;
}

export interface Autosave {
  /** Call on every change of the document or its history. */
  readonly schedule: (history: History<RaciDocument>) => void;
  /** Writes a pending change now (page hidden or closing). */
  readonly flush: () => void;
  readonly dispose: () => void;
}

export function createAutosave(options: AutosaveOptions): Autosave {
  const interval = options.intervalMs ?? AUTOSAVE_INTERVAL_MS;
  const now = options.now ?? (() => new Date());
  let pending: History<RaciDocument> | undefined;
  let latest: History<RaciDocument> | undefined;
  let savedDocument: RaciDocument | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const writeHistory = (history: History<RaciDocument>) => {
    const target = options.historyStorage;
    if (!target) return;
    try {
      target.setItem(HISTORY_KEY, encodeHistory(history));
    } catch {
      // Undo across a reload is a convenience: without room for it, drop the stale copy rather than keep a wrong one.
      try {
        target.removeItem(HISTORY_KEY);
      } catch {
        // Storage is gone altogether; the in-memory history still works.
      }
    }
  };

  const write = () => {
    timer = undefined;
    if (pending === undefined) return;
    const history = pending;
    pending = undefined;
    if (history.present !== savedDocument) {
      try {
        const text = serializeWorkshop(history.present, { savedAt: now().toISOString(), appVersion: options.appVersion });
        options.storage.setItem(AUTOSAVE_KEY, text);
        savedDocument = history.present;
        options.onProblem(undefined);
      } catch (error) {
        // Keep the change pending: the next edit (or a flush) tries again, and the app keeps working meanwhile.
        pending = pending ?? history;
        options.onProblem(classifyStorageError(error));
        return;
      }
    }
  };

  return {
    schedule: (history) => {
      pending = history;
      latest = history;
      timer ??= setTimeout(write, interval);
    },
    // The undo history can be large, so it is written only here (the page is being hidden or left), not
    // on every change: a crash loses the history, never the matrix.
    flush: () => {
      if (timer !== undefined) clearTimeout(timer);
      write();
      if (latest !== undefined && pending === undefined) writeHistory(latest);
    },
    dispose: () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}

import type { RaciDocument } from '../domain/model';
import type { History } from './history';
import { HISTORY_KEY, loadHistoryCodec, loadedHistoryCodec } from './historyCodec';
import { serializeWorkshop } from '../format/serializeWorkshop';
import type { StorageProblem } from './sessionStore';

/** At most one write per interval: a drag storm costs one serialization, not fifty. */
export const AUTOSAVE_INTERVAL_MS = 300;
/** After a refused write, the next try: storage that was full or blocked may have room again. */
export const AUTOSAVE_RETRY_MS = 2000;

/** The part of Web Storage the autosave needs; tests pass an in-memory one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export function classifyStorageError(error: unknown): StorageProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  // Browsers disagree on the name (QuotaExceededError, NS_ERROR_DOM_QUOTA_REACHED); code 22 is the old spelling.
  const quota = /quota/i.test(name) || (error instanceof DOMException && error.code === 22);
  return quota ? 'full' : 'unavailable';
}

export interface AutosaveOptions {
  readonly storage: KeyValueStorage;
  /** Where the open workshop is written: read at each write, since switching workshops changes it. */
  readonly slotKey: () => string;
  /** Per-tab storage for the undo history (sessionStorage), so a reload can still undo. */
  readonly historyStorage?: KeyValueStorage;
  readonly appVersion: string;
  readonly onProblem: (problem: StorageProblem | undefined) => void;
  /** After each successful write, with the time written into the file. */
  readonly onSaved?: (savedAt: string, doc: RaciDocument) => void;
  /**
   * While true, changes wait instead of being written: another tab saved this workshop and the user has not
   * yet chosen whose version to keep, so a write here would overwrite theirs.
   */
  readonly held?: () => boolean;
  readonly intervalMs?: number;
  readonly retryMs?: number;
  readonly now?: () => Date;
}

export interface Autosave {
  /** Call on every change of the document or its history. */
  readonly schedule: (history: History<RaciDocument>) => void;
  /** Writes a pending change now (page hidden or closing). */
  readonly flush: () => void;
  /** Records `doc` as already in its slot (just opened or written elsewhere), so it is not written again. */
  readonly markSaved: (doc: RaciDocument | undefined) => void;
  /** The latest document when it is not in its slot yet (waiting, held or refused), else undefined. */
  readonly unsaved: () => RaciDocument | undefined;
  readonly dispose: () => void;
}

export function createAutosave(options: AutosaveOptions): Autosave {
  const interval = options.intervalMs ?? AUTOSAVE_INTERVAL_MS;
  const retry = options.retryMs ?? AUTOSAVE_RETRY_MS;
  const held = options.held ?? (() => false);
  const now = options.now ?? (() => new Date());
  let pending: History<RaciDocument> | undefined;
  let latest: History<RaciDocument> | undefined;
  let savedDocument: RaciDocument | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (options.historyStorage) void loadHistoryCodec();

  const writeHistory = (history: History<RaciDocument>) => {
    const target = options.historyStorage;
    if (!target) return;
    const codec = loadedHistoryCodec();
    // Left before the codec came (a quick second reload): the stored history stays. It is restored only
    // while its present is the workshop reopened, so it is either still right or is dropped then.
    if (!codec) return;
    try {
      target.setItem(HISTORY_KEY, codec.encodeHistory(history));
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
    if (pending === undefined || held()) return;
    const history = pending;
    pending = undefined;
    if (history.present !== savedDocument) {
      try {
        const savedAt = now().toISOString();
        const text = serializeWorkshop(history.present, { savedAt, appVersion: options.appVersion });
        options.storage.setItem(options.slotKey(), text);
        savedDocument = history.present;
        options.onProblem(undefined);
        options.onSaved?.(savedAt, history.present);
      } catch (error) {
        // Keep the change pending and try again by itself, so the warning goes as soon as storage has room
        // again; a new edit or a flush tries sooner. The app keeps working meanwhile.
        pending = pending ?? history;
        options.onProblem(classifyStorageError(error));
        timer ??= setTimeout(write, retry);
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
    markSaved: (doc) => {
      savedDocument = doc;
    },
    unsaved: () => {
      const present = (pending ?? latest)?.present;
      return present !== undefined && present !== savedDocument ? present : undefined;
    },
    dispose: () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}

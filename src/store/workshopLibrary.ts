import { create } from 'zustand';
import type { RaciDocument } from '../domain/model';
import { classifyStorageError, createAutosave, type Autosave, type KeyValueStorage } from './autosave';
import { currentDocument, useDocumentStore } from './documentStore';
import { HISTORY_KEY, loadHistoryCodec } from './historyCodec';
import { MemoryStorage } from './memoryStorage';
import { useSessionStore, type KeptAsideWorkshop, type StorageProblem } from './sessionStore';
import { switchableStorage } from './switchableStorage';
import {
  ACTIVE_WORKSHOP_KEY,
  importLegacyAutosave,
  KEPT_ASIDE_PREFIX,
  listKeptAside,
  listWorkshops,
  newWorkshopId,
  readWorkshop,
  sortWorkshops,
  TAB_WORKSHOP_KEY,
  workshopKey,
  writeWorkshop,
  type SlotRead,
  type WorkshopSummary,
} from './workshopSlots';

export interface LibraryState {
  /** Every workshop in this browser, newest change first. */
  readonly workshops: readonly WorkshopSummary[];
  /** The one on the board, autosaved into its own slot. */
  readonly activeId: string | undefined;
  /** Another tab saved the open workshop: changes here are held back until the user picks a version. */
  readonly changedElsewhere: boolean;
}

export const useLibraryStore = create<LibraryState>()(() => ({ workshops: [], activeId: undefined, changedElsewhere: false }));

interface Connection {
  readonly storage: KeyValueStorage;
  readonly tabStorage: KeyValueStorage | undefined;
  readonly autosave: Autosave;
  readonly appVersion: string;
  readonly now: () => Date;
  /** The library lives in memory for the life of the tab: storage was refused at start, or taken away since. */
  memoryOnly: boolean;
  readonly moveStorage: (next: KeyValueStorage) => void;
  readonly unsubscribe: () => void;
}

let connection: Connection | undefined;
/** Where changes held back by a clash with another tab are kept when this tab is hidden or left. */
let heldCopyId: string | undefined;

/** The library's own parts below are exported for the actions of workshopListActions.ts only. */
export function connected(): Connection {
  if (!connection) throw new Error('The workshop library is used before connectLibrary() ran.');
  return connection;
}

export function activeIdOrThrow(): string {
  const id = useLibraryStore.getState().activeId;
  if (id === undefined) throw new Error('No workshop is open.');
  return id;
}

/**
 * In memory-only mode the "storage is turned off" notice must stay, whatever the stand-in storage says.
 * Storage taken away mid-session (not merely full) moves the library to memory, as at a start without it.
 */
function setProblem(problem: StorageProblem | undefined): void {
  if (!connection || connection.memoryOnly) return;
  useSessionStore.getState().setStorageProblem(problem);
  if (problem === 'unavailable') moveToMemory(connection);
}

/** Reported by the storage itself (a read that failed): the same warning, and the same move to memory. */
export function noticeStorageFailure(problem: StorageProblem): void {
  setProblem(problem);
}

/**
 * The browser took storage away: from now on the library lives in memory for this tab, starting with the
 * open workshop, so a New, an Open or a switch afterwards loses nothing while the tab stays open (the
 * warning says to download what must outlive it). Other workshops that storage held cannot be read now.
 */
function moveToMemory(c: Connection): void {
  c.memoryOnly = true;
  c.moveStorage(new MemoryStorage());
  const id = useLibraryStore.getState().activeId;
  if (id !== undefined) {
    const doc = currentDocument();
    writeWorkshop(c.storage, id, doc, { savedAt: c.now().toISOString(), appVersion: c.appVersion });
    c.autosave.markSaved(doc);
  }
  // After whatever read or write found storage gone has finished, so its own result does not win.
  queueMicrotask(refreshWorkshops);
}

/** Writes at once (a new or duplicated workshop must be in the list now); false when storage refused. */
export function writeNow(id: string, doc: RaciDocument): boolean {
  const c = connected();
  try {
    writeWorkshop(c.storage, id, doc, { savedAt: c.now().toISOString(), appVersion: c.appVersion });
    setProblem(undefined);
    return true;
  } catch (error) {
    setProblem(classifyStorageError(error));
    return false;
  }
}

function remember(id: string): void {
  const c = connected();
  for (const [storage, key] of [[c.storage, ACTIVE_WORKSHOP_KEY], [c.tabStorage, TAB_WORKSHOP_KEY]] as const) {
    try {
      storage?.setItem(key, id);
    } catch {
      // Only decides where the next start opens; the workshop itself is saved under its own key.
    }
  }
}

/** Makes `id` the open workshop; `saved` is the document its slot already holds (undefined: write it). */
export function activate(id: string, saved: RaciDocument | undefined): void {
  connected().autosave.markSaved(saved);
  useLibraryStore.setState({ activeId: id, changedElsewhere: false });
  remember(id);
  const session = useSessionStore.getState();
  session.arm(undefined);
  session.edit(undefined);
}

export function showKeptAside(kept: KeptAsideWorkshop): void {
  const session = useSessionStore.getState();
  session.setKeptAside([...session.keptAside.filter((k) => k.key !== kept.key), kept]);
}

export function refreshWorkshops(): void {
  useLibraryStore.setState({ workshops: listWorkshops(connected().storage) });
}

function noteSaved(savedAt: string, doc: RaciDocument): void {
  const { workshops, activeId } = useLibraryStore.getState();
  if (!workshops.some((w) => w.id === activeId)) {
    refreshWorkshops();
    return;
  }
  const updated = workshops.map((w) => (w.id === activeId ? { ...w, title: doc.title, changedAt: savedAt } : w));
  useLibraryStore.setState({ workshops: sortWorkshops(updated) });
}

export interface LibraryOptions {
  readonly storage: KeyValueStorage;
  /** Per-tab storage (sessionStorage): which workshop this tab has open, and its undo history. */
  readonly tabStorage?: KeyValueStorage;
  readonly appVersion: string;
  /** The browser refused storage and `storage` is an in-memory stand-in. */
  readonly memoryOnly?: boolean;
  readonly now?: () => Date;
}

/**
 * The workshop is on the board at once; its undo history follows when the codec has loaded, unless the
 * room has changed something by then (an edit or another workshop), which a restored history would undo.
 */
function restoreHistoryLater(savedHistory: string, present: RaciDocument): void {
  void loadHistoryCodec().then(({ decodeHistory }) => {
    const { history: now, restoreHistory } = useDocumentStore.getState();
    if (now.present !== present || now.past.length > 0 || now.future.length > 0) return;
    const history = decodeHistory(savedHistory, present);
    if (history) restoreHistory(history);
  });
}

/**
 * Opens the library at start-up: imports the single workshop of earlier versions, reopens the workshop this
 * tab (or else the browser) had open, and autosaves every change into that workshop's slot. A workshop that
 * cannot be read is kept aside and the next one tried; with none left, the template starts a new one.
 */
export function connectLibrary(options: LibraryOptions): void {
  connection?.unsubscribe();
  connection?.autosave.dispose();
  const now = options.now ?? (() => new Date());
  const { tabStorage } = options;
  const { storage, switchTo: moveStorage } = switchableStorage(options.storage);
  const documents = useDocumentStore.getState();
  const session = useSessionStore.getState();
  const freshlyKept: KeptAsideWorkshop[] = [];

  const legacy = importLegacyAutosave(storage, now());
  if (legacy.kept) freshlyKept.push(legacy.kept);
  const candidates = [
    tabStorage?.getItem(TAB_WORKSHOP_KEY),
    storage.getItem(ACTIVE_WORKSHOP_KEY),
    legacy.imported?.id,
    ...listWorkshops(storage).map((w) => w.id),
  ].filter((id, index, all): id is string => typeof id === 'string' && all.indexOf(id) === index);

  let opened: { id: string; read: Extract<SlotRead, { kind: 'ok' }> } | undefined;
  for (const id of candidates) {
    const read = readWorkshop(storage, id, now());
    if (read.kind === 'ok') {
      opened = { id, read };
      break;
    }
    if (read.kind === 'unreadable') freshlyKept.push(read.kept);
  }

  const autosave = createAutosave({
    storage,
    historyStorage: tabStorage,
    appVersion: options.appVersion,
    slotKey: () => workshopKey(activeIdOrThrow()),
    onProblem: setProblem,
    onSaved: noteSaved,
    held: () => useLibraryStore.getState().changedElsewhere,
    now,
  });
  const unsubscribe = useDocumentStore.subscribe((state, previous) => {
    if (state.history !== previous.history) autosave.schedule(state.history);
  });
  connection = { storage, tabStorage, autosave, appVersion: options.appVersion, now, memoryOnly: options.memoryOnly ?? false, moveStorage, unsubscribe };

  if (opened) {
    const { document, warnings, ignored } = opened.read;
    const savedHistory = tabStorage?.getItem(HISTORY_KEY);
    autosave.markSaved(document);
    documents.replace(document, { resetHistory: true });
    if (savedHistory) restoreHistoryLater(savedHistory, document);
    activate(opened.id, document);
    session.setRepairs({ source: 'the saved workshop', warnings, ignored });
  } else {
    const id = newWorkshopId(now());
    const doc = currentDocument();
    activate(id, writeNow(id, doc) ? doc : undefined);
  }
  // Copies that could not be moved aside stay under their own key; the kept-aside list does not see them.
  const stuck = freshlyKept.filter((k) => !k.key.startsWith(KEPT_ASIDE_PREFIX));
  session.setKeptAside([...stuck, ...listKeptAside(storage)]);
  refreshWorkshops();
}

/** Writes the pending change now: the page is being hidden or left. */
export function flushLibrary(): void {
  keepHeldChanges();
  connection?.autosave.flush();
}

export const HELD_COPY_SUFFIX = ' (changes from a second tab)';

/**
 * Changes this tab held back while another tab's version waits for a choice are written as a workshop of
 * their own when the tab is hidden or left, so closing it loses nothing and overwrites nothing. Later hides
 * update the same copy.
 */
function keepHeldChanges(): void {
  const c = connection;
  const doc = c && useLibraryStore.getState().changedElsewhere ? c.autosave.unsaved() : undefined;
  if (!c || !doc) return;
  heldCopyId ??= newWorkshopId(c.now());
  if (writeNow(heldCopyId, { ...doc, title: `${doc.title}${HELD_COPY_SUFFIX}` })) refreshWorkshops();
}

/** The clash is settled in this tab: a copy written meanwhile is no longer needed when this tab's version won. */
export function settleHeldChanges(keptMine: boolean): void {
  if (keptMine && heldCopyId !== undefined) {
    try {
      connected().storage.removeItem(workshopKey(heldCopyId));
    } catch {
      // The copy stays in the list, which loses nothing.
    }
  }
  heldCopyId = undefined;
}

/** Adds `doc` to the library as a new workshop and opens it; the workshop that was open stays as it was. */
export function addWorkshop(doc: RaciDocument): void {
  const c = connected();
  c.autosave.flush();
  const id = newWorkshopId(c.now());
  const written = writeNow(id, doc);
  useDocumentStore.getState().replace(doc, { resetHistory: true });
  activate(id, written ? doc : undefined);
  useSessionStore.getState().setRepairs(undefined);
  refreshWorkshops();
}

/** Another tab wrote to storage (the `storage` event): keep the list true, and flag a clash on the open one. */
export function noticeStorageChange(key: string | null): void {
  if (!connection) return;
  const { activeId } = useLibraryStore.getState();
  if (activeId !== undefined && (key === null || key === workshopKey(activeId))) {
    const stillThere = connection.storage.getItem(workshopKey(activeId)) !== null;
    useLibraryStore.setState({ changedElsewhere: stillThere });
    // Site data cleared, or the workshop deleted elsewhere, while it is open here: it is written back, since
    // this tab still works on it and a close right now would otherwise lose it.
    if (!stillThere) {
      connection.autosave.markSaved(undefined);
      connection.autosave.schedule(useDocumentStore.getState().history);
    }
  }
  refreshWorkshops();
}

import { createAutosave, listKeptAside, restoreAutosave, type KeyValueStorage } from '../store/autosave';
import { useDocumentStore } from '../store/documentStore';
import { decodeHistory, HISTORY_KEY } from '../store/historySnapshot';
import { useSessionStore } from '../store/sessionStore';
import { openBrowserStorage } from './browserStorage';

let openedStorage: KeyValueStorage | undefined;

/** The storage the app writes to, for the few places that remove what it kept (kept-aside workshops). */
export function appStorage(): KeyValueStorage | undefined {
  return openedStorage;
}

function openTabStorage(): KeyValueStorage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Restores the autosaved workshop (or starts on the template) and keeps saving every change. Nothing here
 * may throw: a broken or missing storage only ever turns into a visible warning.
 */
export function boot(): void {
  const session = useSessionStore.getState();
  const documents = useDocumentStore.getState();
  const { storage, problem } = openBrowserStorage();
  openedStorage = storage;
  session.setStorageProblem(problem);
  if (!storage) return;

  const historyStorage = openTabStorage();
  const restored = restoreAutosave(storage);
  let mayOverwrite = true;
  if (restored.kind === 'restored') {
    const savedHistory = historyStorage?.getItem(HISTORY_KEY);
    const history = savedHistory ? decodeHistory(savedHistory, restored.document) : undefined;
    if (history) documents.restoreHistory(history);
    else documents.replace(restored.document, { resetHistory: true });
    session.setRestoreWarnings(restored.warnings);
  } else if (restored.kind === 'unreadable') {
    mayOverwrite = restored.safeToOverwrite;
  }
  const kept = listKeptAside(storage);
  const memoryOnly = restored.kind === 'unreadable' && restored.kept.key === undefined ? [restored.kept] : [];
  session.setKeptAside([...memoryOnly, ...kept]);
  if (!mayOverwrite) {
    // The unreadable autosave could not be copied aside: writing now would destroy it.
    session.setStorageProblem('full');
    return;
  }

  const autosave = createAutosave({
    storage,
    historyStorage,
    appVersion: __APP_VERSION__,
    onProblem: (p) => useSessionStore.getState().setStorageProblem(p),
  });
  useDocumentStore.subscribe((state, previous) => {
    if (state.history !== previous.history) autosave.schedule(state.history);
  });
  window.addEventListener('pagehide', autosave.flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') autosave.flush();
  });
}

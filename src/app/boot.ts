import { classifyStorageError, type KeyValueStorage } from '../store/autosave';
import { connectFoldedGroups } from '../store/foldedGroups';
import { connectViewChoice } from '../store/viewChoice';
import { agendaSettings } from '../store/presenter';
import { checkScopeChoice } from '../store/checkReport';
import { themeChoice, type Theme } from '../store/themeChoice';

/** The stylesheet's themes hang on the root element; light is the stylesheet's own default. */
function showTheme(theme: Theme): void {
  if (theme === 'light') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
import { MemoryStorage } from '../store/memoryStorage';
import { guardedStorage } from '../store/guardedStorage';
import { useSessionStore } from '../store/sessionStore';
import { connectLibrary, flushLibrary, noticeStorageChange, noticeStorageFailure } from '../store/workshopLibrary';
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
 * Opens the workshop library (restoring the workshop this tab had open, or starting on the template) and
 * keeps saving every change. Nothing here may throw: a broken or missing storage only ever turns into a
 * visible warning, and without storage the library lives in memory for the life of the tab.
 */
export function boot(): void {
  const { storage, problem } = openBrowserStorage();
  openedStorage = storage ? guardedStorage(storage, (error) => noticeStorageFailure(classifyStorageError(error))) : new MemoryStorage();
  useSessionStore.getState().setStorageProblem(problem);
  connectFoldedGroups(openedStorage);
  connectViewChoice(openedStorage);
  agendaSettings.connect(openedStorage);
  checkScopeChoice.connect(openedStorage);
  themeChoice.connect(openedStorage);
  showTheme(themeChoice.get());
  themeChoice.useValue.subscribe(({ value }) => showTheme(value));
  connectLibrary({
    storage: openedStorage,
    tabStorage: openTabStorage(),
    appVersion: __APP_VERSION__,
    memoryOnly: storage === undefined,
  });

  window.addEventListener('pagehide', flushLibrary);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushLibrary();
  });
  // Fired only for writes by other tabs of this site, never this one's own.
  window.addEventListener('storage', (event) => {
    if (event.storageArea === storage) noticeStorageChange(event.key);
  });
}

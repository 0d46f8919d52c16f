import { createSocialMediaWorkshop } from '../../src/domain/templates/socialMedia';
import { useDocumentStore } from '../../src/store/documentStore';
import { useBoardLens } from '../../src/store/boardLens';
import { connectFoldedGroups } from '../../src/store/foldedGroups';
import { connectViewChoice } from '../../src/store/viewChoice';
import { MemoryStorage } from '../../src/store/memoryStorage';
import { useSessionStore } from '../../src/store/sessionStore';
import { connectLibrary, useLibraryStore } from '../../src/store/workshopLibrary';
import { checkScopeChoice } from '../../src/store/checkReport';
import { agendaSettings, usePresenter } from '../../src/store/presenter';

/**
 * Each component test starts on the template with an empty history, a fresh session and a library holding
 * just that workshop, in memory. Returns the storage so a test can look at what was written.
 */
export function resetStores(): MemoryStorage {
  useDocumentStore.getState().replace(createSocialMediaWorkshop('2026-11-22'), { resetHistory: true });
  useSessionStore.setState(useSessionStore.getInitialState(), true);
  useLibraryStore.setState(useLibraryStore.getInitialState(), true);
  useBoardLens.setState(useBoardLens.getInitialState(), true);
  usePresenter.setState(usePresenter.getInitialState(), true);
  const storage = new MemoryStorage();
  connectLibrary({ storage, appVersion: '0.0.0-test' });
  connectFoldedGroups(storage);
  connectViewChoice(storage);
  checkScopeChoice.connect(storage);
  agendaSettings.connect(storage);
  return storage;
}

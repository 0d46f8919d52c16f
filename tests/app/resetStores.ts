import { createSocialMediaWorkshop } from '../../src/domain/templates/socialMedia';
import { useDocumentStore } from '../../src/store/documentStore';
import { useSessionStore } from '../../src/store/sessionStore';

/** Each component test starts on the template with an empty history and a fresh session. */
export function resetStores(): void {
  useDocumentStore.getState().replace(createSocialMediaWorkshop('2026-11-22'), { resetHistory: true });
  useSessionStore.setState(useSessionStore.getInitialState(), true);
}

import { setActivityStatus, setParkingNote, statusWords } from '../domain/activityStatus';
import type { ActivityStatus, RaciDocument } from '../domain/model';
import { currentDocument, useDocumentStore } from './documentStore';
import { useSessionStore } from './sessionStore';

const nameOf = (activityId: string) => currentDocument().activities.find((a) => a.id === activityId)?.name ?? '';

/**
 * Sets a row's status from wherever the room does it (the row, the parking lot, the presenter): one undo
 * step, said aloud with the undo shortcut as this platform writes it (`undoKeys`: "Ctrl+Z", "⌘Z").
 * Returns the document that step made, or undefined when the row already stood there.
 */
export function changeActivityStatus(activityId: string, status: ActivityStatus, undoKeys: string): RaciDocument | undefined {
  const before = currentDocument();
  useDocumentStore.getState().apply((d) => setActivityStatus(d, activityId, status));
  const after = currentDocument();
  if (after === before) return undefined;
  useSessionStore.getState().announce(`${nameOf(activityId)}: ${statusWords[status].label.toLowerCase()}. Undo with ${undoKeys}.`);
  return after;
}

export function changeParkingNote(activityId: string, note: string): void {
  const before = currentDocument();
  useDocumentStore.getState().apply((d) => setParkingNote(d, activityId, note));
  if (currentDocument() !== before) useSessionStore.getState().announce(`Noted why ${nameOf(activityId)} waits.`);
}

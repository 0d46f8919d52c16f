import { setActivityStatus, setParkingNote, statusWords } from '../domain/activityStatus';
import type { ActivityStatus } from '../domain/model';
import { currentDocument, useDocumentStore } from './documentStore';
import { useSessionStore } from './sessionStore';

const nameOf = (activityId: string) => currentDocument().activities.find((a) => a.id === activityId)?.name ?? '';

/** Sets a row's status from wherever the room does it (the row, the parking lot): one undo step, said aloud. */
export function changeActivityStatus(activityId: string, status: ActivityStatus): void {
  const before = currentDocument();
  useDocumentStore.getState().apply((d) => setActivityStatus(d, activityId, status));
  if (currentDocument() !== before) useSessionStore.getState().announce(`${nameOf(activityId)}: ${statusWords[status].label.toLowerCase()}. Undo with Ctrl+Z.`);
}

export function changeParkingNote(activityId: string, note: string): void {
  const before = currentDocument();
  useDocumentStore.getState().apply((d) => setParkingNote(d, activityId, note));
  if (currentDocument() !== before) useSessionStore.getState().announce(`Noted why ${nameOf(activityId)} waits.`);
}

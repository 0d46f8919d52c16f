import { isWaiting, setParkingNote, type WaitingStatus } from '../domain/activityStatus';
import type { RaciDocument } from '../domain/model';
import { currentDocument, useDocumentStore } from './documentStore';
import { useSessionStore } from './sessionStore';

/*
 * Why a disputed or parked row waits, asked right where its status was set. Kept apart from the status
 * actions, which start-up needs: only the prompt answers, and it loads on first use (the README, "Size").
 */

/** A row just disputed or parked, whose reason the room is asked for. */
export interface WaitingQuestion {
  readonly activityId: string;
  readonly status: WaitingStatus;
  /** The document the status change made (changeActivityStatus), or undefined when the row already stood there. */
  readonly step: RaciDocument | undefined;
}

/**
 * Keeps the answer (undefined: the question was closed, the note stays as it was) within the status
 * change's undo step, so one Undo takes back both. A row that stopped waiting meanwhile (an undo) gets no
 * note: it has nothing to wait for.
 */
export function answerWhyItWaits(question: WaitingQuestion, note: string | undefined): void {
  const before = currentDocument();
  const activity = before.activities.find((a) => a.id === question.activityId);
  if (note === undefined || !activity || !isWaiting(activity)) return;
  const { activityId, step } = question;
  const documents = useDocumentStore.getState();
  const { present, future } = documents.history;
  // Nothing has happened since the status change: the reason joins its step. Otherwise it is a step of its own.
  const withNote = (d: RaciDocument) => setParkingNote(d, activityId, note);
  if (step === present && future.length === 0) documents.amend(withNote);
  else documents.apply(withNote);
  if (currentDocument() === before) return;
  useSessionStore.getState().announce(note.trim() ? `Noted why ${activity.name} waits.` : `${activity.name} waits without a reason.`);
}

import { displayOrder } from './activityGroups';
import type { Activity, ActivityStatus, RaciDocument } from './model';

/**
 * How each status is said and marked, the same on the board, in the panel, the PDF and the command line.
 * Open rows carry no mark, so a board that has just started stays quiet; the marks keep clear of the
 * checks' own (✕, !, i).
 */
export const statusWords: Readonly<Record<ActivityStatus, { readonly label: string; readonly mark: string }>> = {
  open: { label: 'Open', mark: '' },
  agreed: { label: 'Agreed', mark: '✓' },
  disputed: { label: 'Disputed', mark: '≠' },
  parked: { label: 'Parked', mark: '‖' },
};

export function statusOf(activity: Activity): ActivityStatus {
  return activity.status ?? 'open';
}

/** The statuses of a row that waits for the end of the workshop, with a note of why. */
export type WaitingStatus = Extract<ActivityStatus, 'disputed' | 'parked'>;

export function isWaitingStatus(status: ActivityStatus): status is WaitingStatus {
  return status === 'disputed' || status === 'parked';
}

export function isWaiting(activity: Activity): boolean {
  return isWaitingStatus(statusOf(activity));
}

function updateOne(doc: RaciDocument, id: string, change: (activity: Activity) => Activity): RaciDocument {
  let changed = false;
  const activities = doc.activities.map((a) => {
    if (a.id !== id) return a;
    const next = change(a);
    changed = next !== a;
    return next;
  });
  return changed ? { ...doc, activities } : doc;
}

/**
 * Sets where the room stands on an activity; open removes the field. A row that stops waiting keeps its
 * parking note only while it is disputed or parked: an agreed row's reason to wait is history.
 */
export function setActivityStatus(doc: RaciDocument, id: string, status: ActivityStatus): RaciDocument {
  return updateOne(doc, id, (a) => {
    if (statusOf(a) === status) return a;
    const { status: _status, parkingNote, ...rest } = a;
    return {
      ...rest,
      ...(status === 'open' ? {} : { status }),
      ...(isWaitingStatus(status) && parkingNote ? { parkingNote } : {}),
    };
  });
}

export function setParkingNote(doc: RaciDocument, id: string, note: string): RaciDocument {
  const text = note.trim();
  return updateOne(doc, id, (a) => {
    if ((a.parkingNote ?? '') === text) return a;
    const { parkingNote: _note, ...rest } = a;
    return text ? { ...rest, parkingNote: text } : rest;
  });
}

export interface StatusProgress {
  readonly counts: Readonly<Record<ActivityStatus, number>>;
  readonly total: number;
  /** Disputed and parked rows, in the board's order: the parking lot, reviewed at the end. */
  readonly parkingLot: readonly Activity[];
}

export function statusProgress(activities: readonly Activity[]): StatusProgress {
  const counts: Record<ActivityStatus, number> = { open: 0, agreed: 0, disputed: 0, parked: 0 };
  for (const a of activities) counts[statusOf(a)] += 1;
  return { counts, total: activities.length, parkingLot: displayOrder(activities).filter(isWaiting) };
}

import { displayOrder } from './activityGroups';
import { uniqueId } from './ids';
import type { Activity, RaciDocument } from './model';

export interface ActivityFields {
  readonly name?: string;
  readonly group?: string;
  readonly channel?: string;
  readonly description?: string;
  readonly decision?: string;
  readonly notes?: string;
}

const optionalFields = ['group', 'channel', 'description', 'decision', 'notes'] as const;

/** Applies trimmed optional fields: an empty text removes the field rather than storing "". */
function withFields(activity: Activity, fields: ActivityFields): Activity {
  const next: Record<string, string> = { id: activity.id, name: fields.name?.trim() || activity.name };
  // Where the room stands has edits of its own (activityStatus.ts): an edit of the other fields keeps it.
  if (activity.status) next.status = activity.status;
  if (activity.parkingNote) next.parkingNote = activity.parkingNote;
  for (const key of optionalFields) {
    const value = fields[key] === undefined ? activity[key] : fields[key].trim();
    if (value) next[key] = value;
  }
  return next as unknown as Activity;
}

function sameActivity(a: Activity, b: Activity): boolean {
  return a.name === b.name && optionalFields.every((key) => (a[key] ?? '') === (b[key] ?? ''));
}

/** Puts `activity` after the last member of its group (or at the end), keeping groups together. */
function placeInGroup(activities: readonly Activity[], activity: Activity): readonly Activity[] {
  const ordered = displayOrder(activities);
  const group = activity.group ?? '';
  const lastOfGroup = ordered.findLastIndex((a) => (a.group ?? '') === group);
  const at = lastOfGroup === -1 ? ordered.length : lastOfGroup + 1;
  return [...ordered.slice(0, at), activity, ...ordered.slice(at)];
}

export function addActivity(doc: RaciDocument, fields: ActivityFields & { name: string }): RaciDocument {
  const name = fields.name.trim();
  if (name === '') return doc;
  const id = uniqueId(name, doc.activities.map((a) => a.id));
  const activity = withFields({ id, name }, fields);
  return { ...doc, activities: placeInGroup(doc.activities, activity) };
}

/** Renames, regroups or annotates an activity; a new group moves it to the end of that group. */
export function updateActivity(doc: RaciDocument, id: string, fields: ActivityFields): RaciDocument {
  const current = doc.activities.find((a) => a.id === id);
  if (!current) return doc;
  const next = withFields(current, fields);
  if (sameActivity(current, next)) return doc;
  if ((next.group ?? '') === (current.group ?? '')) {
    return { ...doc, activities: doc.activities.map((a) => (a.id === id ? next : a)) };
  }
  const others = doc.activities.filter((a) => a.id !== id);
  return { ...doc, activities: placeInGroup(others, next) };
}

/** Moves an activity one place up (-1) or down (+1) within its group, as the board shows it. */
export function moveActivityWithinGroup(doc: RaciDocument, id: string, step: -1 | 1): RaciDocument {
  const ordered = displayOrder(doc.activities);
  const index = ordered.findIndex((a) => a.id === id);
  const neighbour = ordered[index + step];
  const current = ordered[index];
  if (!current || !neighbour || (neighbour.group ?? '') !== (current.group ?? '')) return doc;
  const activities = ordered.slice();
  activities[index] = neighbour;
  activities[index + step] = current;
  return { ...doc, activities };
}

/** Removing an activity removes its assignments too; undo brings both back. */
export function removeActivity(doc: RaciDocument, id: string): RaciDocument {
  if (!doc.activities.some((a) => a.id === id)) return doc;
  return {
    ...doc,
    activities: doc.activities.filter((a) => a.id !== id),
    assignments: doc.assignments.filter((a) => a.activityId !== id),
  };
}

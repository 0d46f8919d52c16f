import { displayOrder } from './activityGroups';
import type { Activity } from './model';

/** Lower case without accents, so "offentlich" finds "Öffentlichkeitsarbeit" and "crise" finds "Crise". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
}

/**
 * The activities whose name, group or channel contains `query` (as a browser's find does: the whole text,
 * spaces squeezed), in the order the board shows them. "Group 2" finds that group's rows; "reply" finds
 * "Reply to comments". An empty query finds nothing (rather than everything): there is nothing to jump to.
 */
export function findActivities(activities: readonly Activity[], query: string): readonly Activity[] {
  const needle = folded(query).trim().replace(/\s+/g, ' ');
  if (needle === '') return [];
  const contains = (text: string | undefined) => text !== undefined && folded(text).replace(/\s+/g, ' ').includes(needle);
  return displayOrder(activities).filter((activity) => contains(activity.name) || contains(activity.group) || contains(activity.channel));
}

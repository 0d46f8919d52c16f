import type { Assignment } from './model';

/**
 * The activities whose assignments may differ between two versions of the list: everything between the
 * longest shared start and the longest shared end (by identity; edits copy the list and keep its items).
 * Any row with no assignment in between has the same assignments in both, whatever order they are in.
 */
export function activitiesTouched(before: readonly Assignment[], after: readonly Assignment[]): Set<string> {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start += 1;
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end += 1;
  return new Set([...before.slice(start, before.length - end), ...after.slice(start, after.length - end)].map((a) => a.activityId));
}

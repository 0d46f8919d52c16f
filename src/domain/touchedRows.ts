import type { Assignment } from './model';

/**
 * The activities whose assignments may differ between two versions of the list: everything between the
 * longest shared start and the longest shared end (by identity; edits copy the list and keep its items).
 * Any row with no assignment in between has the same assignments in both, whatever order they are in.
 */
export function activitiesTouched(before: readonly Assignment[], after: readonly Assignment[]): Set<string> {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore -= 1;
    endAfter -= 1;
  }
  const touched = new Set<string>();
  for (let i = start; i < endBefore; i += 1) touched.add((before[i] as Assignment).activityId);
  for (let i = start; i < endAfter; i += 1) touched.add((after[i] as Assignment).activityId);
  return touched;
}

import type { Activity } from './model';

/** The name a group without one is shown under. */
export const UNGROUPED_NAME = 'Other activities';

export interface ActivityGroup {
  /** The group's name; '' for activities without a group. */
  readonly name: string;
  readonly activities: readonly Activity[];
}

/** Groups in the order they first appear; activities keep their list order within a group. */
export function groupActivities(activities: readonly Activity[]): readonly ActivityGroup[] {
  const groups = new Map<string, Activity[]>();
  for (const activity of activities) {
    const name = activity.group ?? '';
    const members = groups.get(name);
    if (members) members.push(activity);
    else groups.set(name, [activity]);
  }
  return [...groups].map(([name, members]) => ({ name, activities: members }));
}

/** The activities in the order the board shows them (grouped). */
export function displayOrder(activities: readonly Activity[]): readonly Activity[] {
  return groupActivities(activities).flatMap((g) => g.activities);
}

export function groupNames(activities: readonly Activity[]): readonly string[] {
  return groupActivities(activities)
    .map((g) => g.name)
    .filter((name) => name !== '');
}

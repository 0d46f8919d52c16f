import type { WorkshopChange, WorkshopChangeKind } from './workshopChanges';

/** The headings a list of changes is grouped under, in the order a facilitator reads them. */
export const changeSections = ['Assignments', 'Departments', 'Activities', 'Charter and sign-off', 'Workshop', 'Check settings'] as const;
export type ChangeSection = (typeof changeSections)[number];

const sectionOfKind: Readonly<Record<WorkshopChangeKind, ChangeSection>> = {
  'assignment-added': 'Assignments',
  'assignment-removed': 'Assignments',
  'assignment-moved': 'Assignments',
  'department-added': 'Departments',
  'department-removed': 'Departments',
  'department-renamed': 'Departments',
  'department-edited': 'Departments',
  'activity-added': 'Activities',
  'activity-removed': 'Activities',
  'activity-renamed': 'Activities',
  'activity-edited': 'Activities',
  'sign-off-changed': 'Charter and sign-off',
  'charter-changed': 'Charter and sign-off',
  'workshop-changed': 'Workshop',
  'check-setting-changed': 'Check settings',
};

export interface ChangeGroup {
  readonly section: ChangeSection;
  readonly changes: readonly WorkshopChange[];
}

/** The changes under their headings, in `order`; empty sections are left out. */
export function groupChanges(changes: readonly WorkshopChange[], order: readonly ChangeSection[] = changeSections): readonly ChangeGroup[] {
  return order
    .map((section) => ({ section, changes: changes.filter((c) => sectionOfKind[c.kind] === section) }))
    .filter((group) => group.changes.length > 0);
}

/** The activity a change is about, if any: where the board points when the change is chosen in the list. */
export function changedActivityId(change: WorkshopChange): string | undefined {
  if ('activityId' in change) return change.activityId;
  if (change.kind === 'activity-added' || change.kind === 'activity-removed') return change.activity.id;
  return undefined;
}

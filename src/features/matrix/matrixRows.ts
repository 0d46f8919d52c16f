import type { ActivityGroup } from '../../domain/activityGroups';
import type { MatrixIndex } from '../../domain/checks/matrixIndex';
import type { Activity, Department, RoleKey } from '../../domain/model';
import type { WindowRow } from '../../ui/useRowWindow';

export type MatrixTableRow =
  | (WindowRow & { readonly kind: 'group'; readonly name: string })
  | (WindowRow & { readonly kind: 'activity'; readonly activity: Activity; /** Its place among the activities: the cells' `data-row`. */ readonly row: number });

// First guesses, replaced by measured heights as rows appear: one line of text each.
const GROUP_HEIGHT = 23;
const ACTIVITY_HEIGHT = 22;

/** The table body's rows in order, one list for windowing: each named group's header, then its activities. */
export function matrixRows(groups: readonly ActivityGroup[]): MatrixTableRow[] {
  const rows: MatrixTableRow[] = [];
  let row = 0;
  for (const group of groups) {
    if (group.name) rows.push({ kind: 'group', key: `group:${group.name}`, name: group.name, estimatedHeight: GROUP_HEIGHT });
    for (const activity of group.activities) {
      rows.push({ kind: 'activity', key: `activity:${activity.id}`, activity, row, estimatedHeight: ACTIVITY_HEIGHT });
      row += 1;
    }
  }
  return rows;
}

/**
 * Per department, in order, the most roles one of its cells holds, as one string ("2,1,3") that compares by
 * value.
 */
export function fullestCells(departments: readonly Department[], index: MatrixIndex): string {
  const most = new Map<string, number>();
  for (const row of index.rolesOn.values()) for (const [departmentId, roles] of row) most.set(departmentId, Math.max(most.get(departmentId) ?? 0, roles.size));
  return departments.map((d) => most.get(d.id) ?? 0).join(',');
}

/** The roles a department holds on an activity, in the role scheme's order. */
export function rolesHeld(index: MatrixIndex, activityId: string, departmentId: string): readonly RoleKey[] {
  const held = index.rolesOn.get(activityId)?.get(departmentId);
  return held ? index.scheme.roles.map((r) => r.key).filter((key) => held.has(key)) : [];
}

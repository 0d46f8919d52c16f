import type { Department, RaciDocument, RoleKey } from '../model';
import type { WorkshopChange } from './workshopChanges';

/** Where the room stands on one change of a comparison; pending until someone decides. */
export type ChangeChoice = 'pending' | 'accepted' | 'rejected';

export interface IncomingChip {
  readonly changeId: string;
  readonly department: Department;
  readonly choice: ChangeChoice;
}

/** What the other file changes on one row of the board, for the board to mark. */
export interface RowChanges {
  /** Chips the file adds, by lane (an added assignment, or where a moved one lands). */
  readonly incoming: ReadonlyMap<RoleKey, readonly IncomingChip[]>;
  /** Chips the file takes away or moves elsewhere, by `${departmentId} ${role}`. */
  readonly leaving: ReadonlyMap<string, ChangeChoice>;
  /** The row itself is removed, renamed or edited by the file. */
  readonly row: 'removed' | 'renamed' | 'edited' | undefined;
}

export const leavingKey = (departmentId: string, role: RoleKey) => `${departmentId} ${role}`;

const signature = (row: RowChanges) =>
  JSON.stringify([[...row.incoming].map(([role, chips]) => [role, chips.map((c) => [c.changeId, c.department.color, c.department.name, c.choice])]), [...row.leaving], row.row]);

/**
 * The changes of a comparison, row by row. A row whose marks did not change keeps its previous object,
 * so the board's memoised rows re-render only where a choice changed something (as the board's lanes do).
 */
export function indexRowChanges(
  changes: readonly WorkshopChange[],
  choiceOf: (id: string) => ChangeChoice,
  open: RaciDocument,
  other: RaciDocument,
  previous: ReadonlyMap<string, RowChanges> = new Map(),
): ReadonlyMap<string, RowChanges> {
  const departments = new Map([...other.departments, ...open.departments].map((d) => [d.id, d]));
  const rows = new Map<string, { incoming: Map<RoleKey, IncomingChip[]>; leaving: Map<string, ChangeChoice>; row: RowChanges['row'] }>();
  const rowOf = (activityId: string) => {
    let row = rows.get(activityId);
    if (!row) rows.set(activityId, (row = { incoming: new Map(), leaving: new Map(), row: undefined }));
    return row;
  };
  const arrive = (activityId: string, departmentId: string, role: RoleKey, changeId: string) => {
    const department = departments.get(departmentId);
    if (!department) return;
    const lane = rowOf(activityId).incoming;
    lane.set(role, [...(lane.get(role) ?? []), { changeId, department, choice: choiceOf(changeId) }]);
  };
  for (const change of changes) {
    const rejected = choiceOf(change.id) === 'rejected';
    switch (change.kind) {
      case 'assignment-added':
        arrive(change.activityId, change.departmentId, change.role, change.id);
        break;
      case 'assignment-removed':
        rowOf(change.activityId).leaving.set(leavingKey(change.departmentId, change.role), choiceOf(change.id));
        break;
      case 'assignment-moved':
        rowOf(change.activityId).leaving.set(leavingKey(change.departmentId, change.from), choiceOf(change.id));
        arrive(change.activityId, change.departmentId, change.to, change.id);
        break;
      case 'activity-removed':
        if (!rejected) rowOf(change.activity.id).row = 'removed';
        break;
      case 'activity-renamed':
        if (!rejected) rowOf(change.activityId).row = 'renamed';
        break;
      case 'activity-edited':
        if (!rejected) rowOf(change.activityId).row ??= 'edited';
        break;
      default:
        break;
    }
  }
  const result = new Map<string, RowChanges>();
  for (const [activityId, row] of rows) {
    const before = previous.get(activityId);
    result.set(activityId, before && signature(before) === signature(row) ? before : row);
  }
  return result;
}

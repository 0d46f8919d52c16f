import type { Department, RaciDocument } from '../../domain/model';

/** The departments in each role lane of one activity, in palette order. */
export type RowCells = ReadonlyMap<string, readonly Department[]>;

function sameCells(a: RowCells, b: RowCells): boolean {
  if (a.size !== b.size) return false;
  for (const [role, list] of a) {
    const other = b.get(role);
    if (!other || other.length !== list.length || list.some((d, i) => d !== other[i])) return false;
  }
  return true;
}

/**
 * Indexes assignments by activity. Rows whose content did not change keep their previous object, so a
 * memoised row re-renders only when something in it changed (a drop touches one or two rows, not all).
 */
export function indexRowCells(
  doc: RaciDocument,
  previous: ReadonlyMap<string, RowCells> = new Map(),
): ReadonlyMap<string, RowCells> {
  const order = new Map(doc.departments.map((d, i) => [d.id, i]));
  const byDepartment = new Map(doc.departments.map((d) => [d.id, d]));
  const fresh = new Map<string, Map<string, Department[]>>();
  for (const a of doc.assignments) {
    const department = byDepartment.get(a.departmentId);
    if (!department) continue;
    let row = fresh.get(a.activityId);
    if (!row) fresh.set(a.activityId, (row = new Map()));
    const lane = row.get(a.role);
    if (lane) lane.push(department);
    else row.set(a.role, [department]);
  }
  const result = new Map<string, RowCells>();
  const empty: RowCells = new Map();
  for (const activity of doc.activities) {
    const row = fresh.get(activity.id);
    if (row) for (const lane of row.values()) lane.sort((x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0));
    const next: RowCells = row ?? empty;
    const before = previous.get(activity.id);
    result.set(activity.id, before && sameCells(before, next) ? before : next);
  }
  return result;
}

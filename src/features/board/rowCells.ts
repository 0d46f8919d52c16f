import type { Assignment, Department, RaciDocument } from '../../domain/model';
import { activitiesTouched } from '../../domain/touchedRows';

/** The departments in each role lane of one activity, in palette order. */
export type RowCells = ReadonlyMap<string, readonly Department[]>;

/** The lanes of every activity, with the document they were read from (the next version is read from it). */
export interface IndexedRows {
  readonly doc: RaciDocument;
  readonly cells: ReadonlyMap<string, RowCells>;
}

const emptyRow: RowCells = new Map();

function sameCells(a: RowCells, b: RowCells): boolean {
  if (a.size !== b.size) return false;
  for (const [role, list] of a) {
    const other = b.get(role);
    if (!other || other.length !== list.length || list.some((d, i) => d !== other[i])) return false;
  }
  return true;
}

/** The lanes of the activities `wanted` accepts, each lane in palette order. */
function readRows(doc: RaciDocument, wanted: (activityId: string) => boolean): Map<string, RowCells> {
  const order = new Map(doc.departments.map((d, i) => [d.id, i]));
  const byDepartment = new Map(doc.departments.map((d) => [d.id, d]));
  const rows = new Map<string, Map<string, Department[]>>();
  for (const a of doc.assignments as readonly Assignment[]) {
    if (!wanted(a.activityId)) continue;
    const department = byDepartment.get(a.departmentId);
    if (!department) continue;
    let row = rows.get(a.activityId);
    if (!row) rows.set(a.activityId, (row = new Map()));
    const lane = row.get(a.role);
    if (lane) lane.push(department);
    else row.set(a.role, [department]);
  }
  for (const row of rows.values()) for (const lane of row.values()) lane.sort((x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0));
  return rows;
}

/**
 * Indexes assignments by activity. Rows whose content did not change keep their previous object, so a
 * memoised row re-renders only when something in it changed (a drop touches one or two rows, not all).
 * With the same departments as `previous`, only the rows an edit touched are read again.
 */
export function indexRowCells(doc: RaciDocument, previous?: IndexedRows): IndexedRows {
  const before = previous?.cells ?? new Map<string, RowCells>();
  const keep = (id: string, next: RowCells): RowCells => {
    const old = before.get(id);
    return old && sameCells(old, next) ? old : next;
  };
  if (previous && previous.doc.departments === doc.departments) {
    const touched = activitiesTouched(previous.doc.assignments, doc.assignments);
    if (touched.size === 0 && previous.doc.activities === doc.activities) return { doc, cells: previous.cells };
    const fresh = readRows(doc, (id) => touched.has(id));
    const known = new Set(doc.activities.map((a) => a.id));
    const cells = previous.doc.activities === doc.activities ? new Map(before) : new Map([...before].filter(([id]) => known.has(id)));
    for (const id of touched) if (known.has(id)) cells.set(id, keep(id, fresh.get(id) ?? emptyRow));
    return { doc, cells };
  }
  const fresh = readRows(doc, () => true);
  return { doc, cells: new Map(doc.activities.map((a) => [a.id, keep(a.id, fresh.get(a.id) ?? emptyRow)])) };
}

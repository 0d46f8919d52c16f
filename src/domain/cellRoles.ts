import type { Assignment, RaciDocument, RoleKey } from './model';
import { roleSchemeOf } from './roleSchemes';
import { activitiesTouched } from './touchedRows';

const none: readonly RoleKey[] = [];

/** The matrix's cells, row by row, with the document they were read from (the next version is read from it). */
export interface MatrixCells {
  readonly doc: RaciDocument;
  /** activity id -> department id -> the roles held there, in the role scheme's order. */
  readonly rows: ReadonlyMap<string, ReadonlyMap<string, readonly RoleKey[]>>;
}

/** The rows of the activities `wanted` accepts, each cell's roles in the scheme's order. */
function readRows(doc: RaciDocument, wanted: (activityId: string) => boolean): Map<string, Map<string, RoleKey[]>> {
  const held = new Map<string, Map<string, Set<RoleKey>>>();
  for (const a of doc.assignments as readonly Assignment[]) {
    if (!wanted(a.activityId)) continue;
    let row = held.get(a.activityId);
    if (!row) held.set(a.activityId, (row = new Map()));
    row.set(a.departmentId, (row.get(a.departmentId) ?? new Set()).add(a.role));
  }
  const order = roleSchemeOf(doc.roleScheme).roles.map((r) => r.key);
  return new Map([...held].map(([id, row]) => [id, new Map([...row].map(([department, roles]) => [department, order.filter((r) => roles.has(r))]))]));
}

/**
 * Indexes the cells by activity. Given the cells of an earlier version in the same role scheme, only the
 * rows an edit touched are read again (a letter typed into one cell of a 1,000-row matrix reads one row).
 */
export function indexCells(doc: RaciDocument, previous?: MatrixCells): MatrixCells {
  if (!previous || previous.doc.roleScheme !== doc.roleScheme) return { doc, rows: readRows(doc, () => true) };
  if (previous.doc.assignments === doc.assignments) return { doc, rows: previous.rows };
  const touched = activitiesTouched(previous.doc.assignments, doc.assignments);
  const fresh = readRows(doc, (id) => touched.has(id));
  const rows = new Map(previous.rows);
  for (const id of touched) {
    const row = fresh.get(id);
    if (row) rows.set(id, row);
    else rows.delete(id);
  }
  return { doc, rows };
}

export function rolesAt(cells: MatrixCells, activityId: string, departmentId: string): readonly RoleKey[] {
  return cells.rows.get(activityId)?.get(departmentId) ?? none;
}

/**
 * The matrix's cells: for an activity and a department, the roles held, in the role scheme's order. Built
 * once per document, read for every cell (the matrix view, the charter's matrix, the duties per department).
 */
export function cellRoles(doc: RaciDocument): (activityId: string, departmentId: string) => readonly RoleKey[] {
  const cells = indexCells(doc);
  return (activityId, departmentId) => rolesAt(cells, activityId, departmentId);
}

/** The roles of one cell, without indexing the others: what a change to that cell is announced with. */
export function rolesInCell(doc: RaciDocument, activityId: string, departmentId: string): readonly RoleKey[] {
  const held = new Set(doc.assignments.filter((a) => a.activityId === activityId && a.departmentId === departmentId).map((a) => a.role));
  return roleSchemeOf(doc.roleScheme).roles.map((r) => r.key).filter((r) => held.has(r));
}

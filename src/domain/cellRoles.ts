import type { RaciDocument, RoleKey } from './model';
import { roleSchemeOf } from './roleSchemes';

const none: readonly RoleKey[] = [];

/**
 * The matrix's cells: for an activity and a department, the roles held, in the role scheme's order. Built
 * once per document, read for every cell (the matrix view, the charter's matrix, the duties per department).
 */
export function cellRoles(doc: RaciDocument): (activityId: string, departmentId: string) => readonly RoleKey[] {
  const held = new Map<string, Set<RoleKey>>();
  for (const a of doc.assignments) {
    const key = `${a.activityId}\u0000${a.departmentId}`;
    held.set(key, (held.get(key) ?? new Set()).add(a.role));
  }
  const order = roleSchemeOf(doc.roleScheme).roles.map((r) => r.key);
  const cells = new Map([...held].map(([key, roles]) => [key, order.filter((role) => roles.has(role))]));
  return (activityId, departmentId) => cells.get(`${activityId}\u0000${departmentId}`) ?? none;
}

/** The roles of one cell, without indexing the others: what a change to that cell is announced with. */
export function rolesInCell(doc: RaciDocument, activityId: string, departmentId: string): readonly RoleKey[] {
  const held = new Set(doc.assignments.filter((a) => a.activityId === activityId && a.departmentId === departmentId).map((a) => a.role));
  return roleSchemeOf(doc.roleScheme).roles.map((r) => r.key).filter((r) => held.has(r));
}

import { cellRoles } from './cellRoles';
import type { Activity, Department, RaciDocument } from './model';
import { roleSchemeOf, type RoleDefinition } from './roleSchemes';

export interface DepartmentDuties {
  readonly department: Department;
  /** Owner first, then doer, then the scheme's other roles; each with its activities in board order. */
  readonly roles: readonly { readonly role: RoleDefinition; readonly activities: readonly Activity[] }[];
}

/**
 * What each department holds, role by role: what a participant takes home (the departments view, the
 * charter's "Responsibilities by department"). Activities keep the order of the document.
 */
export function departmentDuties(doc: RaciDocument): DepartmentDuties[] {
  const scheme = roleSchemeOf(doc.roleScheme);
  const order = [scheme.ownerRole, scheme.doerRole, ...scheme.roles.map((r) => r.key)].filter((key, index, all) => all.indexOf(key) === index);
  const roles = order.flatMap((key) => scheme.roles.filter((r) => r.key === key));
  const held = cellRoles(doc);
  return doc.departments.map((department) => ({
    department,
    roles: roles.map((role) => ({ role, activities: doc.activities.filter((a) => held(a.id, department.id).includes(role.key)) })),
  }));
}

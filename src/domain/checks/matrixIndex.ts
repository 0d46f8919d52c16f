import type { RaciDocument, RoleKey } from '../model';
import { roleSchemeOf, type RoleScheme } from '../roleSchemes';

/**
 * Who holds which role where, built in one pass over the assignments. Lists follow the document's
 * department order, never the order of the assignments, so findings do not depend on it.
 */
export interface MatrixIndex {
  readonly scheme: RoleScheme;
  /** activity id -> role -> department ids, in department order. */
  readonly holders: ReadonlyMap<string, ReadonlyMap<RoleKey, readonly string[]>>;
  /** activity id -> department id -> the roles it holds there. */
  readonly rolesOn: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<RoleKey>>>;
  /** department id -> role -> on how many activities. */
  readonly roleCounts: ReadonlyMap<string, ReadonlyMap<RoleKey, number>>;
  readonly departmentName: (id: string) => string;
  /** Position in the document's department list, for ordering. */
  readonly departmentRank: (id: string) => number;
}

/** The rows of the activities `wanted` accepts, each row's lists in department order. */
function indexRows(doc: RaciDocument, wanted: (activityId: string) => boolean) {
  const scheme = roleSchemeOf(doc.roleScheme);
  const order = new Map(doc.departments.map((d, i) => [d.id, i]));
  const activities = new Set(doc.activities.map((a) => a.id));
  const roles = new Set(scheme.roles.map((r) => r.key));
  const holders = new Map<string, Map<RoleKey, string[]>>();
  const rolesOn = new Map<string, Map<string, Set<RoleKey>>>();
  for (const { activityId, departmentId, role } of doc.assignments) {
    // The codec already drops these; a hand-made document is judged the same way.
    if (!wanted(activityId) || !activities.has(activityId) || !order.has(departmentId) || !roles.has(role)) continue;
    let byDepartment = rolesOn.get(activityId);
    if (!byDepartment) rolesOn.set(activityId, (byDepartment = new Map()));
    let held = byDepartment.get(departmentId);
    if (!held) byDepartment.set(departmentId, (held = new Set()));
    if (held.has(role)) continue;
    held.add(role);
    let byRole = holders.get(activityId);
    if (!byRole) holders.set(activityId, (byRole = new Map()));
    const ids = byRole.get(role);
    if (ids) ids.push(departmentId);
    else byRole.set(role, [departmentId]);
  }
  const rank = (id: string) => order.get(id) ?? 0;
  for (const byRole of holders.values()) for (const ids of byRole.values()) ids.sort((a, b) => rank(a) - rank(b));
  const names = new Map(doc.departments.map((d) => [d.id, d.name]));
  return { scheme, holders, rolesOn, departmentName: (id: string) => names.get(id) ?? id, departmentRank: rank };
}

/** Counted afresh from the rows: a pass over every held role, cheap beside reading the assignments. */
function countRoles(rolesOn: MatrixIndex['rolesOn']): MatrixIndex['roleCounts'] {
  const counts = new Map<string, Map<RoleKey, number>>();
  for (const row of rolesOn.values()) {
    for (const [departmentId, roles] of row) {
      let byRole = counts.get(departmentId);
      if (!byRole) counts.set(departmentId, (byRole = new Map()));
      for (const role of roles) byRole.set(role, (byRole.get(role) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Given the index of an earlier version with the same departments, activities and role scheme, and the
 * activities whose rows may differ (`changed`), only those rows are read again and every other row is
 * shared: a drop touches one row of a thousand, so it need not read the other 999.
 */
export function indexMatrix(doc: RaciDocument, previous?: MatrixIndex, changed: ReadonlySet<string> = new Set()): MatrixIndex {
  const index = indexRows(doc, (id) => !previous || changed.has(id));
  const holders = new Map(previous?.holders ?? index.holders);
  const rolesOn = new Map(previous?.rolesOn ?? index.rolesOn);
  for (const id of previous ? changed : []) {
    const row = index.rolesOn.get(id);
    const held = index.holders.get(id);
    if (row && held) {
      rolesOn.set(id, row);
      holders.set(id, held);
    } else {
      rolesOn.delete(id);
      holders.delete(id);
    }
  }
  return { ...index, holders, rolesOn, roleCounts: countRoles(rolesOn) };
}

export function holdersOf(index: MatrixIndex, activityId: string, role: RoleKey): readonly string[] {
  return index.holders.get(activityId)?.get(role) ?? [];
}

export function roleCount(index: MatrixIndex, departmentId: string, role: RoleKey): number {
  return index.roleCounts.get(departmentId)?.get(role) ?? 0;
}

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

export function indexMatrix(doc: RaciDocument): MatrixIndex {
  const scheme = roleSchemeOf(doc.roleScheme);
  const order = new Map(doc.departments.map((d, i) => [d.id, i]));
  const names = new Map(doc.departments.map((d) => [d.id, d.name]));
  const activities = new Set(doc.activities.map((a) => a.id));
  const roles = new Set(scheme.roles.map((r) => r.key));

  const holders = new Map<string, Map<RoleKey, string[]>>();
  const rolesOn = new Map<string, Map<string, Set<RoleKey>>>();
  const roleCounts = new Map<string, Map<RoleKey, number>>();
  for (const { activityId, departmentId, role } of doc.assignments) {
    // The codec already drops these; a hand-made document is judged the same way.
    if (!activities.has(activityId) || !order.has(departmentId) || !roles.has(role)) continue;
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
    let counts = roleCounts.get(departmentId);
    if (!counts) roleCounts.set(departmentId, (counts = new Map()));
    counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  const rank = (id: string) => order.get(id) ?? 0;
  for (const byRole of holders.values()) for (const ids of byRole.values()) ids.sort((a, b) => rank(a) - rank(b));

  return { scheme, holders, rolesOn, roleCounts, departmentName: (id) => names.get(id) ?? id, departmentRank: rank };
}

export function holdersOf(index: MatrixIndex, activityId: string, role: RoleKey): readonly string[] {
  return index.holders.get(activityId)?.get(role) ?? [];
}

export function roleCount(index: MatrixIndex, departmentId: string, role: RoleKey): number {
  return index.roleCounts.get(departmentId)?.get(role) ?? 0;
}

import type { Assignment, RaciDocument, RoleKey } from '../model';
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

type Holders = Map<string, Map<RoleKey, string[]>>;
type RolesOn = Map<string, Map<string, Set<RoleKey>>>;

interface Frame {
  readonly scheme: RoleScheme;
  readonly order: ReadonlyMap<string, number>;
  readonly names: ReadonlyMap<string, string>;
  readonly activities: ReadonlySet<string>;
  readonly roles: ReadonlySet<RoleKey>;
}

function frameOf(doc: RaciDocument): Frame {
  const scheme = roleSchemeOf(doc.roleScheme);
  return {
    scheme,
    order: new Map(doc.departments.map((d, i) => [d.id, i])),
    names: new Map(doc.departments.map((d) => [d.id, d.name])),
    activities: new Set(doc.activities.map((a) => a.id)),
    roles: new Set(scheme.roles.map((r) => r.key)),
  };
}

/** The rows of the activities `wanted` accepts, from every assignment; each row's lists in department order. */
function indexRows(assignments: readonly Assignment[], frame: Frame, wanted: (activityId: string) => boolean): { holders: Holders; rolesOn: RolesOn } {
  const holders: Holders = new Map();
  const rolesOn: RolesOn = new Map();
  for (const { activityId, departmentId, role } of assignments) {
    // The codec already drops these; a hand-made document is judged the same way.
    if (!wanted(activityId) || !frame.activities.has(activityId) || !frame.order.has(departmentId) || !frame.roles.has(role)) continue;
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
  const rank = (id: string) => frame.order.get(id) ?? 0;
  for (const byRole of holders.values()) for (const ids of byRole.values()) ids.sort((a, b) => rank(a) - rank(b));
  return { holders, rolesOn };
}

function finish(frame: Frame, holders: MatrixIndex['holders'], rolesOn: MatrixIndex['rolesOn'], roleCounts: MatrixIndex['roleCounts']): MatrixIndex {
  const { scheme, names, order } = frame;
  return { scheme, holders, rolesOn, roleCounts, departmentName: (id) => names.get(id) ?? id, departmentRank: (id) => order.get(id) ?? 0 };
}

/** Adds (+1) or takes away (-1) one row's roles from the departments' counts, copying a count map before it changes. */
function countRow(
  counts: Map<string, ReadonlyMap<RoleKey, number>>,
  copied: Set<string>,
  row: ReadonlyMap<string, ReadonlySet<RoleKey>> | undefined,
  sign: 1 | -1,
): void {
  if (!row) return;
  for (const [departmentId, roles] of row) {
    let byRole = counts.get(departmentId) as Map<RoleKey, number> | undefined;
    if (!byRole || !copied.has(departmentId)) {
      byRole = new Map(byRole);
      counts.set(departmentId, byRole);
      copied.add(departmentId);
    }
    for (const role of roles) {
      const n = (byRole.get(role) ?? 0) + sign;
      // A role held nowhere has no entry, as in a freshly built index: "no role at all" reads the map's size.
      if (n > 0) byRole.set(role, n);
      else byRole.delete(role);
    }
  }
}

export function indexMatrix(doc: RaciDocument): MatrixIndex {
  const frame = frameOf(doc);
  const { holders, rolesOn } = indexRows(doc.assignments, frame, () => true);
  const roleCounts = new Map<string, ReadonlyMap<RoleKey, number>>();
  const copied = new Set<string>();
  for (const row of rolesOn.values()) countRow(roleCounts, copied, row, 1);
  return finish(frame, holders, rolesOn, roleCounts);
}

/**
 * The index of `doc` from the index of an earlier version with the same departments, activities and role
 * scheme, where only the rows of `changed` activities may differ: those rows are read again, every other
 * row and count is shared. A drop touches one row of a thousand, so it need not read the other 999.
 */
export function reindexRows(previous: MatrixIndex, doc: RaciDocument, changed: ReadonlySet<string>): MatrixIndex {
  const frame = frameOf(doc);
  const fresh = indexRows(doc.assignments, frame, (id) => changed.has(id));
  const holders = new Map(previous.holders);
  const rolesOn = new Map(previous.rolesOn);
  const roleCounts = new Map(previous.roleCounts);
  const copied = new Set<string>();
  for (const id of changed) {
    countRow(roleCounts, copied, previous.rolesOn.get(id), -1);
    const row = fresh.rolesOn.get(id);
    countRow(roleCounts, copied, row, 1);
    const held = fresh.holders.get(id);
    if (row && held) {
      rolesOn.set(id, row);
      holders.set(id, held);
    } else {
      rolesOn.delete(id);
      holders.delete(id);
    }
  }
  return finish(frame, holders, rolesOn, roleCounts);
}

export function holdersOf(index: MatrixIndex, activityId: string, role: RoleKey): readonly string[] {
  return index.holders.get(activityId)?.get(role) ?? [];
}

export function roleCount(index: MatrixIndex, departmentId: string, role: RoleKey): number {
  return index.roleCounts.get(departmentId)?.get(role) ?? 0;
}

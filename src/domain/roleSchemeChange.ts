import { assignmentKey, type Assignment, type RaciDocument, type RoleKey, type RoleSchemeId } from './model';
import { roleSchemeOf, type RoleScheme } from './roleSchemes';

/** What one role of the current scheme becomes; `to` undefined drops its assignments. */
export interface RoleMapping {
  readonly from: RoleKey;
  readonly to: RoleKey | undefined;
}

/** A role of the current scheme, how many assignments hold it, and where they may go in the new one. */
export interface RoleMappingChoice extends RoleMapping {
  readonly count: number;
  /**
   * The targets to choose from when the role has no counterpart (Support has none outside RASCI); empty when
   * it has one by meaning (owner to owner, doer to doer, consulted to consulted, informed to informed).
   */
  readonly alternatives: readonly (RoleKey | undefined)[];
}

/** The roles every scheme has, by what they mean rather than by their letter (D in DACI is R in RACI). */
function counterpart(from: RoleScheme, to: RoleScheme, key: RoleKey): RoleKey | undefined {
  if (key === from.ownerRole) return to.ownerRole;
  if (key === from.doerRole) return to.doerRole;
  if (key === from.consultedRole) return to.consultedRole;
  if (key === from.informedRole) return to.informedRole;
  return to.roles.some((role) => role.key === key) ? key : undefined;
}

/**
 * How each role of the document's scheme maps onto `target`. A role without a counterpart goes to
 * Consulted by default: support given to the doers is closest to being asked for input, and it keeps
 * the department in the matrix without adding a doer the checks would count. It may go to any role but the
 * owner (one owner per activity; a mapping must not create a second), or be dropped.
 */
export function planRoleSchemeChange(doc: RaciDocument, target: RoleSchemeId): readonly RoleMappingChoice[] {
  const from = roleSchemeOf(doc.roleScheme);
  const to = roleSchemeOf(target);
  const counts = new Map<RoleKey, number>();
  for (const a of doc.assignments) counts.set(a.role, (counts.get(a.role) ?? 0) + 1);
  return from.roles.map((role) => {
    const match = counterpart(from, to, role.key);
    const count = counts.get(role.key) ?? 0;
    if (match !== undefined) return { from: role.key, to: match, count, alternatives: [] };
    const alternatives = [...to.roles.filter((r) => r.key !== to.ownerRole).map((r) => r.key), undefined];
    return { from: role.key, to: to.consultedRole, count, alternatives };
  });
}

/** What a change does to the assignments, for the dialog to say before it is applied. */
export interface RoleSchemeChangeOutcome {
  readonly document: RaciDocument;
  readonly kept: number;
  /** Mapped onto a role the department already holds on that activity, so two assignments become one. */
  readonly merged: number;
  readonly dropped: number;
}

/**
 * Switches the document to `target`, moving every assignment along `mappings` (a role left out is
 * dropped). Assignments keep their order, so a saved file's diff stays small; the same scheme is no change.
 */
export function changeRoleScheme(doc: RaciDocument, target: RoleSchemeId, mappings: readonly RoleMapping[]): RoleSchemeChangeOutcome {
  if (target === doc.roleScheme) return { document: doc, kept: doc.assignments.length, merged: 0, dropped: 0 };
  const targetRoles = new Set(roleSchemeOf(target).roles.map((r) => r.key));
  const destination = new Map(mappings.map((m) => [m.from, m.to]));
  const assignments: Assignment[] = [];
  const placed = new Set<string>();
  let merged = 0;
  let dropped = 0;
  for (const a of doc.assignments) {
    const role = destination.get(a.role);
    if (role === undefined || !targetRoles.has(role)) {
      dropped += 1;
      continue;
    }
    const moved = { ...a, role };
    const key = assignmentKey(moved);
    if (placed.has(key)) {
      merged += 1;
    } else {
      placed.add(key);
      assignments.push(moved);
    }
  }
  return { document: { ...doc, roleScheme: target, assignments }, kept: assignments.length, merged, dropped };
}

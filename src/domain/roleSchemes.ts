import type { RoleKey, RoleSchemeId } from './model';

export interface RoleDefinition {
  readonly key: RoleKey;
  readonly name: string;
  /** Lane tint and letter colour; the letter is always shown too, so colour is never the only cue. */
  readonly color: string;
}

export interface RoleScheme {
  readonly id: RoleSchemeId;
  readonly roles: readonly RoleDefinition[];
  /** Held by exactly one department per activity (PMBOK: one accountable per task). */
  readonly ownerRole: RoleKey;
  /** Held by at least one department per activity: someone has to do the work. */
  readonly doerRole: RoleKey;
  readonly doerExactlyOne: boolean;
}

// Colours are dark enough for white text and distinct from each other at AA contrast.
export const roleSchemes: Readonly<Record<RoleSchemeId, RoleScheme>> = {
  RACI: {
    id: 'RACI',
    roles: [
      { key: 'R', name: 'Responsible', color: '#1d4ed8' },
      { key: 'A', name: 'Accountable', color: '#b91c1c' },
      { key: 'C', name: 'Consulted', color: '#047857' },
      { key: 'I', name: 'Informed', color: '#6d28d9' },
    ],
    ownerRole: 'A',
    doerRole: 'R',
    doerExactlyOne: false,
  },
  RASCI: {
    id: 'RASCI',
    roles: [
      { key: 'R', name: 'Responsible', color: '#1d4ed8' },
      { key: 'A', name: 'Accountable', color: '#b91c1c' },
      { key: 'S', name: 'Support', color: '#a16207' },
      { key: 'C', name: 'Consulted', color: '#047857' },
      { key: 'I', name: 'Informed', color: '#6d28d9' },
    ],
    ownerRole: 'A',
    doerRole: 'R',
    doerExactlyOne: false,
  },
  DACI: {
    id: 'DACI',
    roles: [
      { key: 'D', name: 'Driver', color: '#1d4ed8' },
      { key: 'A', name: 'Approver', color: '#b91c1c' },
      { key: 'C', name: 'Contributor', color: '#047857' },
      { key: 'I', name: 'Informed', color: '#6d28d9' },
    ],
    ownerRole: 'A',
    doerRole: 'D',
    doerExactlyOne: true,
  },
};

export function roleSchemeOf(id: RoleSchemeId): RoleScheme {
  return roleSchemes[id];
}

export function findRole(scheme: RoleScheme, key: RoleKey): RoleDefinition | undefined {
  return scheme.roles.find((role) => role.key === key);
}

export function roleName(scheme: RoleScheme, key: RoleKey): string {
  return findRole(scheme, key)?.name ?? key;
}

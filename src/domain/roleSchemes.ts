import type { RoleKey, RoleSchemeId } from './model';

export interface RoleDefinition {
  readonly key: RoleKey;
  readonly name: string;
  /** Lane tint and letter colour; the letter is always shown too, so colour is never the only cue. */
  readonly color: string;
  /** How findings say it, after "is"/"are" and before the activity: "accountable for", "driving". */
  readonly phrase: string;
}

export interface RoleScheme {
  readonly id: RoleSchemeId;
  /** One line for the scheme chooser: what sets it apart. */
  readonly summary: string;
  readonly roles: readonly RoleDefinition[];
  /** Held by exactly one department per activity (PMBOK: one accountable per task). */
  readonly ownerRole: RoleKey;
  /** Held by at least one department per activity: someone has to do the work. */
  readonly doerRole: RoleKey;
  readonly doerExactlyOne: boolean;
  /** Asked before a decision, and told after it: the two roles of communication. */
  readonly consultedRole: RoleKey;
  readonly informedRole: RoleKey;
}

// Colours are dark enough for white text and distinct from each other at AA contrast.
const responsible: RoleDefinition = { key: 'R', name: 'Responsible', color: '#1d4ed8', phrase: 'responsible for' };
const accountable: RoleDefinition = { key: 'A', name: 'Accountable', color: '#b91c1c', phrase: 'accountable for' };
const consulted: RoleDefinition = { key: 'C', name: 'Consulted', color: '#047857', phrase: 'consulted on' };
const informed: RoleDefinition = { key: 'I', name: 'Informed', color: '#6d28d9', phrase: 'informed about' };
const communication = { consultedRole: 'C', informedRole: 'I' } as const;

export const roleSchemes: Readonly<Record<RoleSchemeId, RoleScheme>> = {
  RACI: { id: 'RACI', summary: 'Who does it, who owns it, who is asked, who is told.', roles: [responsible, accountable, consulted, informed], ownerRole: 'A', doerRole: 'R', doerExactlyOne: false, ...communication },
  RASCI: {
    id: 'RASCI',
    summary: 'RACI plus Support: who helps the doers.',
    roles: [responsible, accountable, { key: 'S', name: 'Support', color: '#a16207', phrase: 'supporting' }, consulted, informed],
    ownerRole: 'A',
    doerRole: 'R',
    doerExactlyOne: false,
    ...communication,
  },
  DACI: {
    id: 'DACI',
    summary: 'For decisions: one Driver each, the Approver decides.',
    roles: [
      { ...responsible, key: 'D', name: 'Driver', phrase: 'driving' },
      { ...accountable, name: 'Approver', phrase: 'approving' },
      { ...consulted, name: 'Contributor', phrase: 'contributing to' },
      informed,
    ],
    ownerRole: 'A',
    doerRole: 'D',
    doerExactlyOne: true,
    ...communication,
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

export function rolePhrase(scheme: RoleScheme, key: RoleKey): string {
  return findRole(scheme, key)?.phrase ?? `${key} on`;
}

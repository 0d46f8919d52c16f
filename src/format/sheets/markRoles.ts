import type { RoleKey, RoleSchemeId } from '../../domain/model';
import type { RoleConcept } from './roleWords';

/** What a mark is read as: a role concept, or no role. */
export type MarkMeaning = RoleConcept | 'none';

/**
 * Where each concept lands in each scheme. A concept the scheme lacks goes to its nearest role: Support helps
 * do the work (Responsible in RACI, Contributor in DACI), a Driver is the one who does it.
 */
const KEYS: Readonly<Record<RoleSchemeId, Readonly<Record<RoleConcept, RoleKey>>>> = {
  RACI: { responsible: 'R', accountable: 'A', support: 'R', consulted: 'C', informed: 'I', driver: 'R' },
  RASCI: { responsible: 'R', accountable: 'A', support: 'S', consulted: 'C', informed: 'I', driver: 'R' },
  DACI: { responsible: 'D', accountable: 'A', support: 'C', consulted: 'C', informed: 'I', driver: 'D' },
};

export function roleKeyOf(concept: RoleConcept, scheme: RoleSchemeId): RoleKey {
  return KEYS[scheme][concept];
}

/** Whether the scheme has a role of its own for the concept, or only a nearest one. */
export function isNativeConcept(concept: RoleConcept, scheme: RoleSchemeId): boolean {
  if (scheme === 'RACI') return concept !== 'support' && concept !== 'driver';
  if (scheme === 'RASCI') return concept !== 'driver';
  return concept !== 'support' && concept !== 'responsible';
}

/** The scheme the marks point to: a Driver settles DACI, a Support RASCI, RACI otherwise. */
export function guessSchemeFromConcepts(concepts: ReadonlySet<RoleConcept>): RoleSchemeId {
  if (concepts.has('driver')) return 'DACI';
  if (concepts.has('support')) return 'RASCI';
  return 'RACI';
}

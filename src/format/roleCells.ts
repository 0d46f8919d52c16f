import { roleSchemeIds, type RoleKey, type RoleSchemeId } from '../domain/model';
import { roleSchemeOf, type RoleScheme } from '../domain/roleSchemes';

/** What one spreadsheet cell says: the roles it gives, and any text that is no role of the scheme. */
export interface RoleCell {
  readonly roles: readonly RoleKey[];
  readonly unknown: readonly string[];
}

// "R/A", "R, A", "R + A", "R & A" and "RA" all mean both; a full name ("Accountable") means its letter.
const SEPARATORS = /[\s,;/+&|]+/;
const MAX_LETTERS_IN_ONE_WORD = 5;

function keyOfName(scheme: RoleScheme, word: string): RoleKey | undefined {
  return scheme.roles.find((role) => role.name.toLowerCase() === word.toLowerCase())?.key;
}

export function readRoleCell(text: string, scheme: RoleScheme): RoleCell {
  const roles: RoleKey[] = [];
  const unknown: string[] = [];
  for (const word of text.trim().split(SEPARATORS).filter((w) => w !== '')) {
    const named = keyOfName(scheme, word);
    const letters = [...word.toUpperCase()];
    if (named) roles.push(named);
    else if (/^\p{Letter}+$/u.test(word) && letters.length <= MAX_LETTERS_IN_ONE_WORD && letters.every((l) => scheme.roles.some((r) => r.key === l))) {
      roles.push(...letters);
    } else unknown.push(word);
  }
  return { roles: roles.filter((key, index) => roles.indexOf(key) === index), unknown };
}

/**
 * The scheme a sheet's letters point to: RASCI's S or DACI's D settle it, RACI otherwise. Counted over
 * every cell, so a stray letter does not outvote the rest.
 */
export function guessRoleScheme(cells: readonly string[]): RoleSchemeId {
  const fits = new Map<RoleSchemeId, number>(roleSchemeIds.map((id) => [id, 0]));
  for (const text of cells) {
    for (const id of roleSchemeIds) {
      const read = readRoleCell(text, roleSchemeOf(id));
      fits.set(id, (fits.get(id) ?? 0) + read.roles.length - read.unknown.length);
    }
  }
  const fit = (id: RoleSchemeId) => fits.get(id) ?? 0;
  // RACI wins ties: it is what most sheets use, and its letters are in RASCI too.
  return roleSchemeIds.reduce<RoleSchemeId>((best, id) => (fit(id) > fit(best) ? id : best), 'RACI');
}

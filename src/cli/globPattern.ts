/**
 * Globs as a shell expands them, for arguments that arrive quoted (CI configs, Windows shells): `*` and `?`
 * within one folder name, `**` as a whole segment for any depth of folders. Paths use `/`.
 */
const GLOB_CHARACTER = /[*?]/;

export const isGlob = (argument: string): boolean => GLOB_CHARACTER.test(argument);

export interface SplitGlob {
  /** The folder to start from: the segments before the first one with a wildcard ('.' when none). */
  readonly base: string;
  /** The rest, matched against paths relative to `base`. */
  readonly pattern: string;
  /** How many folders deep a match can lie below `base`; Infinity with `**`. */
  readonly depth: number;
}

export function splitGlob(glob: string): SplitGlob {
  const segments = glob.split('/');
  const first = segments.findIndex((segment) => isGlob(segment));
  const fixed = segments.slice(0, first);
  const rest = segments.slice(first);
  const base = fixed.join('/') || (glob.startsWith('/') ? '/' : '.');
  return { base, pattern: rest.join('/'), depth: rest.includes('**') ? Infinity : rest.length - 1 };
}

const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** A RegExp for whole relative paths: `**` segments match zero or more folders, `*` and `?` never cross a `/`. */
export function globRegExp(pattern: string): RegExp {
  const segments = pattern.split('/');
  const source = segments
    .map((segment, i) => {
      const last = i === segments.length - 1;
      if (segment === '**') return last ? '.*' : '(?:[^/]*/)*';
      const body = [...segment].map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : escapeRegExp(c))).join('');
      return last ? body : `${body}/`;
    })
    .join('');
  return new RegExp(`^${source}$`);
}

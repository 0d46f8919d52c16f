import { realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

/** A file to open, or an argument that named none (a glob without a match, a folder without a matrix). */
export type Target = { readonly path: string } | { readonly argument: string; readonly nothingFound: string };

const WORKSHOP_FILE = '.raci.json';

/** Only `*`, `?` and `**` are wildcards (README); brackets, braces and parentheses in a name are taken literally. */
const WILDCARD = /([*?])/;

const isGlob = (argument: string): boolean => WILDCARD.test(argument);

const joinPath = (folder: string, name: string) => (folder === '.' ? name : folder.endsWith('/') ? `${folder}${name}` : `${folder}/${name}`);

/** Paths compared folder by folder, so `a/x` sorts with its folder `a`, before `a-b`, as a listing shows them. */
function byFolders(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    if (x[i] !== y[i]) return (x[i] ?? '') < (y[i] ?? '') ? -1 : 1;
  }
  return x.length - y.length;
}

/**
 * Every file below `folder` that `pattern` matches, as paths that begin with `folder` as given, sorted.
 * Dependencies and tool folders (node_modules, .git, .cache) are never anyone's matrices and can be huge,
 * so they are never entered; a hidden file itself can match. Links are followed (tinyglobby stops at loops).
 * tinyglobby loads here, on first use, so checking named files starts as fast as before.
 */
async function filesBelow(folder: string, pattern: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const found = await glob(pattern, {
    cwd: folder,
    dot: true,
    ignore: ['**/node_modules/**', '**/.*/**'],
    braceExpansion: false,
    extglob: false,
    expandDirectories: false,
  });
  return found.sort(byFolders).map((path) => joinPath(folder, path));
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}

async function expandOne(argument: string): Promise<Target[]> {
  if (isGlob(argument)) {
    const { escapePath } = await import('tinyglobby');
    // The folders before the first wildcard are where the search starts, and show in every path found.
    const segments = argument.split('/');
    const first = segments.findIndex(isGlob);
    const base = segments.slice(0, first).join('/') || (argument.startsWith('/') ? '/' : '.');
    const pattern = segments
      .slice(first)
      .join('/')
      .split(WILDCARD)
      .map((part, i) => (i % 2 === 1 ? part : escapePath(part)))
      .join('');
    const paths = (await isFolder(base)) ? await filesBelow(base, pattern) : [];
    return paths.length > 0 ? paths.map((path) => ({ path })) : [{ argument, nothingFound: `No file matches ${argument}.` }];
  }
  if (await isFolder(argument)) {
    const paths = await filesBelow(argument, `**/*${WORKSHOP_FILE}`);
    return paths.length > 0 ? paths.map((path) => ({ path })) : [{ argument, nothingFound: `The folder ${argument} holds no ${WORKSHOP_FILE} file.` }];
  }
  // A plain name is opened as it is, so a missing file is reported as one.
  return [{ path: argument }];
}

/** One key per file, through links too; a name that does not resolve is reported as it is, once. */
const fileKey = (path: string) => realpath(path).catch(() => resolve(path));

/**
 * The files that `check` arguments name, in the order given: a file as it is, a folder as every
 * *.raci.json inside it at any depth, a glob expanded here with tinyglobby (Windows shells and CI configs
 * pass it quoted). A file named twice is checked once.
 */
export async function expandPaths(args: readonly string[]): Promise<Target[]> {
  const targets: Target[] = [];
  const seen = new Set<string>();
  for (const raw of args) {
    // Windows users write folders with backslashes; globs are matched on `/` everywhere.
    const argument = sep === '\\' ? raw.replaceAll('\\', '/') : raw;
    for (const target of await expandOne(argument)) {
      const key = 'path' in target ? await fileKey(target.path) : `\0${target.argument}`;
      if (seen.has(key)) continue;
      seen.add(key);
      targets.push(target);
    }
  }
  return targets;
}

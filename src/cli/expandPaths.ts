import { readdir, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { globRegExp, isGlob, splitGlob } from './globPattern';

/** A file to open, or an argument that named none (a glob without a match, a folder without a matrix). */
export type Target = { readonly path: string } | { readonly argument: string; readonly nothingFound: string };

const WORKSHOP_FILE = '.raci.json';

/** Dependencies and tool folders (.git, .cache) are never anyone's matrices, and can be huge. */
const skippedFolder = (name: string) => name === 'node_modules' || name.startsWith('.');

const joinPath = (folder: string, name: string) => (folder === '.' ? name : folder.endsWith('/') ? `${folder}${name}` : `${folder}/${name}`);

/** Every file below `folder` at most `depth` folders down, as paths relative to it with `/`, sorted. */
async function filesBelow(folder: string, depth: number, relative = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(relative === '' ? folder : joinPath(folder, relative), { withFileTypes: true });
  } catch {
    // A folder that vanished or is closed to us holds nothing we can check.
    return [];
  }
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
    // A link is followed to a file but never into a folder, so a link loop cannot trap the walk.
    const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(joinPath(folder, path)).then((s) => s.isFile(), () => false)));
    if (isFile) found.push(path);
    else if (entry.isDirectory() && depth > 0 && !skippedFolder(entry.name)) found.push(...(await filesBelow(folder, depth - 1, path)));
  }
  return found;
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}

async function expandOne(argument: string): Promise<Target[]> {
  if (isGlob(argument)) {
    const { base, pattern, depth } = splitGlob(argument);
    const matches = globRegExp(pattern);
    const paths = (await filesBelow(base, depth)).filter((path) => matches.test(path)).map((path) => joinPath(base, path));
    return paths.length > 0 ? paths.map((path) => ({ path })) : [{ argument, nothingFound: `No file matches ${argument}.` }];
  }
  if (await isFolder(argument)) {
    const paths = (await filesBelow(argument, Infinity)).filter((path) => path.endsWith(WORKSHOP_FILE)).map((path) => joinPath(argument, path));
    return paths.length > 0 ? paths.map((path) => ({ path })) : [{ argument, nothingFound: `The folder ${argument} holds no ${WORKSHOP_FILE} file.` }];
  }
  // A plain name is opened as it is, so a missing file is reported as one.
  return [{ path: argument }];
}

/**
 * The files that `check` arguments name, in the order given: a file as it is, a folder as every
 * *.raci.json inside it at any depth, a glob expanded here (Windows shells and CI configs pass it quoted).
 * A file named twice is checked once.
 */
export async function expandPaths(args: readonly string[]): Promise<Target[]> {
  const targets: Target[] = [];
  const seen = new Set<string>();
  for (const raw of args) {
    // Windows users write folders with backslashes; globs are matched on `/` everywhere.
    const argument = sep === '\\' ? raw.replaceAll('\\', '/') : raw;
    for (const target of await expandOne(argument)) {
      const key = 'path' in target ? resolve(target.path) : `\0${target.argument}`;
      if (seen.has(key)) continue;
      seen.add(key);
      targets.push(target);
    }
  }
  return targets;
}

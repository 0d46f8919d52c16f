import { diffWorkshops } from '../domain/compare/workshopChanges';
import { diffAsJson, diffAsText } from './diffReport';
import { exitCodes, type ExitCode } from './exitCodes';
import { parseArguments, UsageError } from './parseArguments';
import { cannotOpenText, readWorkshopPath } from './readWorkshopFile';
import type { Streams } from './streams';

/** `diff <before> <after> [--json]`: what a department changed in a returned file, matched by id. */
export async function diffCommand(args: readonly string[], io: Streams): Promise<ExitCode> {
  const { positionals, options } = parseArguments('diff', args, { json: { type: 'boolean' } });
  const [beforePath, afterPath, ...extra] = positionals;
  if (beforePath === undefined || afterPath === undefined || extra.length > 0) {
    throw new UsageError('diff compares two files: raci-workshop diff <before.raci.json> <after.raci.json>.');
  }
  const [before, after] = await Promise.all([readWorkshopPath(beforePath), readWorkshopPath(afterPath)]);
  if (!before.ok || !after.ok) {
    if (!before.ok) io.stderr.write(cannotOpenText(beforePath, before.error));
    if (!after.ok) io.stderr.write(cannotOpenText(afterPath, after.error));
    return exitCodes.cannotOpen;
  }
  // The comparison is of the workshops as opened; what the codec repaired or dropped is said, not hidden.
  for (const [path, opened] of [[beforePath, before], [afterPath, after]] as const) {
    for (const repair of opened.repairs) io.stderr.write(`${path}: repaired while opening: ${repair}\n`);
    for (const field of opened.ignored) io.stderr.write(`${path}: ignored while opening: ${field.message} (${field.path})\n`);
  }
  const compared = { beforePath, afterPath, before: before.document, after: after.document, changes: diffWorkshops(before.document, after.document) };
  io.stdout.write(options.has('json') ? diffAsJson(compared) : diffAsText(compared));
  return compared.changes.length === 0 ? exitCodes.ok : exitCodes.found;
}

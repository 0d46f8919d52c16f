import { checkExitCode, checkTargets, totalOf, type CheckTotal, type FileVerdict } from './checkFiles';
import { checkAsGithub } from './checkGithub';
import { checkAsJson } from './checkJson';
import { checkAsText } from './checkText';
import type { ExitCode } from './exitCodes';
import { expandPaths } from './expandPaths';
import { parseArguments, UsageError } from './parseArguments';
import type { Streams } from './streams';

const formats = {
  text: checkAsText,
  json: checkAsJson,
  github: checkAsGithub,
} satisfies Readonly<Record<string, (verdicts: readonly FileVerdict[], total: CheckTotal) => string>>;

type Format = keyof typeof formats;

const isFormat = (name: string): name is Format => Object.hasOwn(formats, name);

function formatOf(options: ReadonlyMap<string, string | true>): Format {
  const named = options.get('format');
  if (options.has('json')) {
    if (typeof named === 'string' && named !== 'json') throw new UsageError(`--json and --format ${named} ask for two formats; give one.`);
    return 'json';
  }
  if (typeof named !== 'string') return 'text';
  if (!isFormat(named)) throw new UsageError(`--format is ${Object.keys(formats).join(', ')}, not "${named}".`);
  return named;
}

/** `check <file|folder|glob>...`: every file judged and reported, then one exit code for them all. */
export async function checkCommand(args: readonly string[], io: Streams): Promise<ExitCode> {
  const { positionals, options } = parseArguments('check', args, { json: { type: 'boolean' }, format: { type: 'string' } });
  const format = formatOf(options);
  if (positionals.length === 0) throw new UsageError('check needs at least one file, folder or glob.');
  const verdicts = await checkTargets(await expandPaths(positionals));
  const total = totalOf(verdicts);
  io.stdout.write(formats[format](verdicts, total));
  return checkExitCode(total);
}

import { localIsoDate } from '../domain/calendarDate';
import { defaultPaper, writeCharter, type Environment } from './charterCommand';
import { checkAsJson, checkAsText } from './checkCommand';
import { readWorkshopPath } from './readWorkshopFile';

export interface Streams {
  readonly stdout: { write: (text: string) => unknown };
  readonly stderr: { write: (text: string) => unknown };
}

const USAGE = `Usage:
  raci-workshop check <file.raci.json> [--json]
  raci-workshop charter <file.raci.json> -o <charter.pdf> [--paper a4|letter]

check    opens the file with the app's own codec and runs every check of the app.
         Prints the findings grouped by severity with the health score, or JSON with --json.
         Exit code: 0 no errors, 1 errors found, 2 the file cannot be opened.
charter  writes the signed-off PDF charter, the same as the app's Export PDF.
         Paper: as the app picks it, Letter where the locale (LC_ALL, LC_PAPER, LANG) uses it, else A4,
         unless --paper says.
         Exit code: 0 written, 2 the file cannot be opened or the PDF cannot be written.
`;

interface Parsed {
  readonly file: string;
  readonly options: ReadonlyMap<string, string | true>;
}

/** `<file>` plus options; `withValue` lists the options that take the next argument. */
function parseArgs(args: readonly string[], known: readonly string[], withValue: readonly string[]): Parsed | string {
  const files: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (!known.includes(arg)) return `Unknown option ${arg}.`;
    if (withValue.includes(arg)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('-')) return `${arg} needs a value.`;
      options.set(arg, value);
      i += 1;
    } else {
      options.set(arg, true);
    }
  }
  if (files.length !== 1) return 'Name one file.';
  return { file: files[0] ?? '', options };
}

/** The command line; returns the exit code instead of exiting, and takes the environment, so tests can call it. */
export async function main(args: readonly string[], io: Streams, env: Environment = process.env): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'check' && command !== 'charter') {
    io.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  const parsed = command === 'check' ? parseArgs(rest, ['--json'], []) : parseArgs(rest, ['-o', '--output', '--paper'], ['-o', '--output', '--paper']);
  if (typeof parsed === 'string') {
    io.stderr.write(`${parsed}\n\n${USAGE}`);
    return 2;
  }
  const opened = await readWorkshopPath(parsed.file);
  if (!opened.ok) {
    const problems = opened.error.problems.map((p) => `  ${p}\n`).join('');
    io.stderr.write(`${parsed.file}: cannot be opened. ${opened.error.message}\n${problems}`);
    return 2;
  }
  if (command === 'check') {
    const outcome = (parsed.options.has('--json') ? checkAsJson : checkAsText)(parsed.file, opened.document, opened.warnings);
    io.stdout.write(outcome.text);
    return outcome.exitCode;
  }
  const out = parsed.options.get('-o') ?? parsed.options.get('--output');
  const paper = parsed.options.get('--paper') ?? defaultPaper(env);
  if (typeof out !== 'string') {
    io.stderr.write(`Name the PDF to write with -o <charter.pdf>.\n\n${USAGE}`);
    return 2;
  }
  if (paper !== 'a4' && paper !== 'letter') {
    io.stderr.write(`--paper is a4 or letter, not "${String(paper)}".\n`);
    return 2;
  }
  for (const warning of opened.warnings) io.stderr.write(`Repaired while opening: ${warning}\n`);
  try {
    const outcome = await writeCharter(opened.document, out, paper, localIsoDate(new Date()));
    for (const warning of outcome.warnings) io.stderr.write(`${warning}\n`);
    io.stdout.write(`Wrote ${out} (${Math.round(outcome.bytes / 1024)} KB, ${paper === 'a4' ? 'A4' : 'Letter'}).\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`${out}: the PDF could not be written: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

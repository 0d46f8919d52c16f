import { checkAsJson, checkAsText } from './checkCommand';
import { readWorkshopPath } from './readWorkshopFile';

export interface Streams {
  readonly stdout: { write: (text: string) => unknown };
  readonly stderr: { write: (text: string) => unknown };
}

const USAGE = `Usage:
  raci-workshop check <file.raci.json> [--json]

check   opens the file with the app's own codec and runs every check of the app.
        Prints the findings grouped by severity with the health score, or JSON with --json.
        Exit code: 0 no errors, 1 errors found, 2 the file cannot be opened.
`;

/** The command line; returns the exit code instead of exiting, so tests can call it. */
export async function main(args: readonly string[], io: Streams): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'check') {
    io.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  const json = rest.includes('--json');
  const unknown = rest.filter((a) => a.startsWith('-') && a !== '--json');
  const files = rest.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0 || files.length !== 1) {
    io.stderr.write(`${unknown.length > 0 ? `Unknown option ${unknown.join(', ')}.` : 'Name one file to check.'}\n\n${USAGE}`);
    return 2;
  }
  const [path = ''] = files;
  const parsed = await readWorkshopPath(path);
  if (!parsed.ok) {
    const problems = parsed.error.problems.map((p) => `  ${p}\n`).join('');
    io.stderr.write(`${path}: cannot be opened. ${parsed.error.message}\n${problems}`);
    return 2;
  }
  const outcome = (json ? checkAsJson : checkAsText)(path, parsed.document, parsed.warnings);
  io.stdout.write(outcome.text);
  return outcome.exitCode;
}

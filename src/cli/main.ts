import { charterCommand, type Environment } from './charterCommand';
import { checkCommand } from './checkCommand';
import { diffCommand } from './diffCommand';
import { exitCodes, type ExitCode } from './exitCodes';
import { UsageError } from './parseArguments';
import type { Streams } from './streams';
import { usage } from './usage';

/** Arguments before `--`: after it, even "--help" is a file name. */
const optionsPart = (args: readonly string[]) => (args.includes('--') ? args.slice(0, args.indexOf('--')) : args);

async function run(args: readonly string[], io: Streams, env: Environment): Promise<ExitCode> {
  const asked = optionsPart(args);
  if (asked.includes('--help') || asked.includes('-h') || args[0] === 'help') {
    io.stdout.write(usage);
    return exitCodes.ok;
  }
  if (asked.includes('--version')) {
    io.stdout.write(`${__APP_VERSION__}\n`);
    return exitCodes.ok;
  }
  const [command, ...rest] = args;
  switch (command) {
    case 'check':
      return checkCommand(rest, io);
    case 'diff':
      return diffCommand(rest, io);
    case 'charter':
      return charterCommand(rest, io, env);
    case undefined:
      throw new UsageError('name a command: check, diff or charter.');
    default:
      throw new UsageError(`there is no command "${command}"; the commands are check, diff and charter.`);
  }
}

/**
 * The command line; returns the exit code instead of exiting, and takes the streams and the environment,
 * so the tests call it as the installed command does.
 */
export async function main(args: readonly string[], io: Streams, env: Environment = process.env): Promise<ExitCode> {
  try {
    return await run(args, io, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`raci-workshop: ${error.message}\nRun raci-workshop --help for the commands and options.\n`);
    return exitCodes.usage;
  }
}

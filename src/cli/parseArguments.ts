/** A call the command line cannot make sense of: main says why in one line and exits 64. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Each option a command knows, by its long name: a flag, or one that takes the next argument as its value. */
export type OptionSpec = Readonly<Record<string, 'flag' | 'value'>>;

export interface ParsedArguments {
  readonly positionals: readonly string[];
  /** By long name: `true` for a flag, the text for an option with a value; the last one given wins. */
  readonly options: ReadonlyMap<string, string | true>;
}

/**
 * Splits a command's arguments into files and options: `--name value`, `--name=value`, short aliases
 * (`-o` for `--output`), and `--` before files whose names start with a dash. Throws UsageError.
 */
export function parseArguments(command: string, args: readonly string[], spec: OptionSpec, aliases: Readonly<Record<string, string>> = {}): ParsedArguments {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    // A lone dash is a file name to many tools, and never an option here.
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const given = equals === -1 ? arg : arg.slice(0, equals);
    const name = aliases[given] ?? given;
    const kind = spec[name];
    if (kind === undefined) throw new UsageError(`${command} has no option ${given}.`);
    if (kind === 'flag') {
      if (equals !== -1) throw new UsageError(`${given} takes no value.`);
      options.set(name, true);
      continue;
    }
    const value = equals === -1 ? args[i + 1] : arg.slice(equals + 1);
    if (value === undefined || value === '' || (equals === -1 && value.startsWith('-'))) throw new UsageError(`${given} needs a value.`);
    options.set(name, value);
    if (equals === -1) i += 1;
  }
  return { positionals, options };
}

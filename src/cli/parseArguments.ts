import { parseArgs } from 'node:util';

/** A call the command line cannot make sense of: main says why in one line and exits 64. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Each option a command knows, by its long name (`output`), as `node:util` parseArgs takes them. */
export type OptionSpec = Readonly<Record<string, { readonly type: 'boolean' | 'string'; readonly short?: string }>>;

export interface ParsedArguments {
  readonly positionals: readonly string[];
  /** By long name: `true` for a flag, the text for an option with a value; the last one given wins. */
  readonly options: ReadonlyMap<string, string | true>;
}

/** parseArgs's own errors (ERR_PARSE_ARGS_UNKNOWN_OPTION, ...), as opposed to a fault of ours. */
const isParseArgsError = (error: unknown): error is Error & { code: string } =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS_');

/**
 * Why a call is wrong, in the command line's words rather than Node's. Walks the tokens of a lenient parse,
 * which the strict one refused at the first of these; undefined if none is found.
 */
function reasonFor(command: string, args: string[], spec: OptionSpec): string | undefined {
  const { tokens } = parseArgs({ args, options: spec, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const type = Object.hasOwn(spec, token.name) ? spec[token.name]?.type : undefined;
    if (type === undefined) return `${command} has no option ${token.rawName}.`;
    if (type === 'boolean' && token.value !== undefined) return `${token.rawName} takes no value.`;
    if (type === 'string' && (token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('-')))) {
      return `${token.rawName} needs a value.`;
    }
  }
  return undefined;
}

/**
 * Splits a command's arguments into files and options with `node:util` parseArgs, strict: `--name value`,
 * `--name=value`, short aliases (`-o`), and `--` before files whose names start with a dash; a lone `-`
 * is a file name. Throws UsageError with a one-line reason.
 */
export function parseArguments(command: string, args: readonly string[], spec: OptionSpec): ParsedArguments {
  const given = [...args];
  let parsed;
  try {
    parsed = parseArgs({ args: given, options: spec, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    throw new UsageError(reasonFor(command, given, spec) ?? error.message);
  }
  const options = new Map<string, string | true>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    // parseArgs accepts `--format=`; an empty value means nothing to any option here.
    if (token.value === '') throw new UsageError(`${token.rawName} needs a value.`);
    options.set(token.name, token.value ?? true);
  }
  return { positionals: parsed.positionals, options };
}

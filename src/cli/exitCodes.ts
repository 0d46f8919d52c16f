/**
 * The exit codes every command shares (the README's table). 64 is EX_USAGE of BSD's sysexits, which CI
 * tools and shells already read as "called wrongly", kept apart from 2 so a typo never looks like a bad file.
 */
export const exitCodes = {
  ok: 0,
  found: 1,
  cannotOpen: 2,
  usage: 64,
  /** EX_SOFTWARE: a fault of the command itself, never to be read as "errors found". */
  internal: 70,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

import type { ShapeIssue } from './shapes';

/**
 * `other-scheme`: a file compared with a workshop of another role scheme, whose letters would not line up;
 * `not-a-matrix`: a spreadsheet whose rows hold no matrix that can be read.
 */
export type FileErrorKind = 'too-large' | 'not-text' | 'not-json' | 'not-raci' | 'newer-version' | 'invalid' | 'other-scheme' | 'not-a-matrix';

export interface FileError {
  readonly kind: FileErrorKind;
  /** One plain sentence for the user. */
  readonly message: string;
  /** Where the content is wrong, e.g. `document.activities[3].name: expected text`; at most a handful. */
  readonly problems: readonly string[];
  /**
   * The same problems as found, each with the value the file holds there, for `plainProblemsOf` (issueWords)
   * to say in a person's words where they are shown: the words stay out of the start-up script, which reads
   * every stored workshop and almost never meets a fault.
   */
  readonly found?: readonly FoundIssue[];
}

export interface FoundIssue {
  readonly issue: ShapeIssue;
  readonly found: unknown;
}

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_LISTED_PROBLEMS = 5;

export function fileError(kind: FileErrorKind, message: string, problems: readonly string[] = [], found?: readonly FoundIssue[]): FileError {
  return found === undefined ? { kind, message, problems } : { kind, message, problems, found };
}

/** Said before reading a byte of a file that is too large, and again by the parser for a long text. */
export function tooLargeError(): FileError {
  return fileError('too-large', `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; a workshop file is far smaller.`);
}

/** Turns a JSON.parse error into "line L, column C", counting from the text itself (engines word it differently). */
export function describeJsonError(text: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  // A text cut short has no position in the message; where it ends is where it went wrong.
  const position = /position (\d+)/.exec(detail)?.[1] ?? (/end of (JSON )?input/i.test(detail) ? String(text.length) : undefined);
  if (position === undefined) {
    const lineCol = /line (\d+) column (\d+)/.exec(detail);
    return lineCol ? `line ${lineCol[1]}, column ${lineCol[2]}` : 'the text ends too early or is malformed';
  }
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

import type { RaciDocument } from '../domain/model';
import { CURRENT_SCHEMA_VERSION, FILE_FORMAT, fileSchema } from './fileSchema';
import {
  describeJsonError,
  fileError,
  MAX_FILE_BYTES,
  MAX_LISTED_PROBLEMS,
  tooLargeError,
  type FileError,
} from './fileErrors';
import { migrateToCurrent } from './migrations';
import { repairDocument } from './repairDocument';
import { isPlainObject, readShape, type ShapeIssue } from './shapes';
import { unknownFields, type FieldPath } from './unknownFields';

/**
 * A field the file has and this version does not know: left out, and lost at the next save. Said in a
 * person's words by `describeIgnoredFieldForPeople` (issueWords), where it is shown.
 */
export interface IgnoredField {
  /** Where, as the JSON says it: `document.activities[3].owner`. */
  readonly path: string;
  /** The same place, key by key. */
  readonly at: FieldPath;
}

export type ParseResult =
  | {
      readonly ok: true;
      readonly document: RaciDocument;
      /** What was mended to open it (a duplicate dropped, a bad colour replaced). */
      readonly warnings: readonly string[];
      /** What was left out because this version does not know it: not a fault of the file. */
      readonly ignored: readonly IgnoredField[];
    }
  | { readonly ok: false; readonly error: FileError };

const PLAIN_NAME = /^[A-Za-z_$][\w$]*$/;
const MAX_NAME_SHOWN = 40;

/** `document.activities[3].name`; a name that is not plain is quoted, and a long one cut, since files may hold anything. */
function formatPath(path: FieldPath): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    if (PLAIN_NAME.test(name) && name.length <= MAX_NAME_SHOWN) return out === '' ? name : `${out}.${name}`;
    const shown = name.length <= MAX_NAME_SHOWN ? name : `${name.slice(0, MAX_NAME_SHOWN)}…`;
    return `${out}[${JSON.stringify(shown)}]`;
  }, '');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeIssue(issue: ShapeIssue, input: unknown): string {
  const where = formatPath(issue.path) || '(file)';
  switch (issue.kind) {
    case 'type': {
      const expected = issue.expected === 'text' ? 'expected text' : `expected ${issue.expected === 'whole number' ? 'a whole number' : issue.expected === 'list' ? 'a list' : 'an object'}`;
      return `${where}: ${valueAt(input, issue.path) === undefined ? `missing (${expected})` : expected}`;
    }
    case 'empty':
      return `${where}: must not be empty`;
    case 'one-of':
      return `${where}: expected one of ${issue.values.map(String).join(', ')}`;
    case 'too-small':
      return `${where}: expected ${String(issue.minimum)} or more`;
    case 'too-big':
      return `${where}: expected ${String(issue.maximum)} or less`;
  }
}

/** The first few items, then how many more: a file with hundreds of faults must not bury the first ones. */
function listAtMostFew(items: readonly string[], more: (rest: number) => string): string[] {
  if (items.length <= MAX_LISTED_PROBLEMS) return [...items];
  return [...items.slice(0, MAX_LISTED_PROBLEMS), more(items.length - MAX_LISTED_PROBLEMS)];
}

/** Dropped fields are lost at the next save, so each one is named, with the path for whoever edits the file. */
function describeUnknownFields(paths: readonly FieldPath[]): IgnoredField[] {
  return paths.map((path) => ({ path: formatPath(path), at: path }));
}

/** Harmless for JSON, but the file changes at the next save, so these are listed too. */
function describeTextRepairs(hasByteOrderMark: boolean, body: string): string[] {
  const repairs: string[] = [];
  if (hasByteOrderMark) repairs.push('The byte-order mark at the start of the file was removed.');
  // JSON text cannot hold a raw line break inside a string, so a CR LF here is always between values.
  if (body.includes('\r\n')) repairs.push('The Windows line endings were read as plain line breaks.');
  return repairs;
}

/**
 * Reads a `.raci.json` text. Never throws: any input at all gives either the document (with the repairs it
 * needed, as warnings) or an error that names the problem.
 */
export function parseWorkshopFile(text: string): ParseResult {
  try {
    return parseUnsafe(text);
  } catch (error) {
    // Only reachable through engine limits (e.g. absurd nesting); still a refusal, never a crash.
    return { ok: false, error: fileError('invalid', `The file could not be read: ${String(error)}`) };
  }
}

function parseUnsafe(text: string): ParseResult {
  if (text.length > MAX_FILE_BYTES) {
    return { ok: false, error: tooLargeError() };
  }
  if (text.includes('\u0000')) {
    return { ok: false, error: fileError('not-text', 'The file is not text: it looks like a binary file.') };
  }
  const hasByteOrderMark = text.charCodeAt(0) === 0xfeff;
  const body = hasByteOrderMark ? text.slice(1) : text;
  if (body.trim() === '') {
    return { ok: false, error: fileError('not-json', 'The file is empty.') };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return { ok: false, error: fileError('not-json', `The file is not valid JSON (${describeJsonError(body, error)}).`) };
  }
  if (!isPlainObject(raw) || raw.format !== FILE_FORMAT) {
    return { ok: false, error: fileError('not-raci', 'This is not a RACI workshop file (.raci.json) saved by this app. A spreadsheet goes through More › Import spreadsheet.') };
  }
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      error: fileError('invalid', 'The file does not say which version of its format it uses.', ['schemaVersion: expected a whole number'], [
        { issue: { kind: 'type', path: ['schemaVersion'], expected: 'whole number' }, found: version },
      ]),
    };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      error: fileError('newer-version', `The file was saved by a newer version of the app (file version ${version}; this one reads up to ${CURRENT_SCHEMA_VERSION}). Reload the page to update the app, then open it again.`),
    };
  }
  const migrated = migrateToCurrent(raw, version, CURRENT_SCHEMA_VERSION);
  if (!migrated) {
    return { ok: false, error: fileError('invalid', `This version of the app cannot read files of version ${version}. Open it in the app that saved it, and export a CSV from there.`) };
  }
  const checked = readShape(fileSchema, migrated);
  if (!checked.ok) {
    const problems = listAtMostFew(checked.issues.map((issue) => describeIssue(issue, migrated)), (rest) => `and ${rest} more`);
    const found = checked.issues.map((issue) => ({ issue, found: valueAt(migrated, issue.path) }));
    return { ok: false, error: fileError('invalid', 'The file is a RACI workshop file, but some of its content is wrong.', problems, found) };
  }
  const { document, warnings } = repairDocument(checked.value.document);
  return {
    ok: true,
    document,
    warnings: [...describeTextRepairs(hasByteOrderMark, body), ...warnings],
    ignored: describeUnknownFields(unknownFields(migrated, fileSchema)),
  };
}

import type { z } from 'zod/mini';
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

export type ParseResult =
  | { readonly ok: true; readonly document: RaciDocument; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly error: FileError };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

const expectedWords: Readonly<Record<string, string>> = {
  string: 'expected text',
  number: 'expected a number',
  int: 'expected a whole number',
  array: 'expected a list',
  object: 'expected an object',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const where = formatPath(issue.path) || '(file)';
  if (issue.code === 'invalid_type') {
    const missing = valueAt(input, issue.path) === undefined;
    const expected = expectedWords[issue.expected] ?? `expected ${issue.expected}`;
    return `${where}: ${missing ? `missing (${expected})` : expected}`;
  }
  if (issue.code === 'invalid_value') return `${where}: expected one of ${issue.values.map(String).join(', ')}`;
  // zod/mini carries no wording of its own for ranges ("Invalid input"), so say it here.
  if (issue.code === 'too_small' && issue.origin === 'number') return `${where}: expected ${String(issue.minimum)} or more`;
  if (issue.code === 'too_big' && issue.origin === 'number') return `${where}: expected ${String(issue.maximum)} or less`;
  return `${where}: ${issue.message}`;
}

function listProblems(problems: readonly string[]): readonly string[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const rest = problems.length - MAX_LISTED_PROBLEMS;
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), `and ${rest} more`];
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
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
    return { ok: false, error: fileError('not-raci', 'This is not a RACI workshop file: it has no "format": "raci-workshop".') };
  }
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: fileError('invalid', 'The file has no valid schema version.', ['schemaVersion: expected a whole number']) };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      error: fileError('newer-version', `The file was made by a newer version of the app (schema ${version}; this app reads up to ${CURRENT_SCHEMA_VERSION}). Update the app to open it.`),
    };
  }
  const migrated = migrateToCurrent(raw, version, CURRENT_SCHEMA_VERSION);
  if (!migrated) {
    return { ok: false, error: fileError('invalid', `No migration from schema version ${version} is known.`) };
  }
  const checked = fileSchema.safeParse(migrated);
  if (!checked.success) {
    const problems = listProblems(checked.error.issues.map((issue) => describeIssue(issue, migrated)));
    return { ok: false, error: fileError('invalid', 'The file is a RACI workshop file, but some of its content is wrong.', problems) };
  }
  const { document, warnings } = repairDocument(checked.data.document);
  return { ok: true, document, warnings };
}

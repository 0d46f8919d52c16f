import type { z } from 'zod/mini';
import type { Activity, Assignment, Department, RaciDocument } from '../domain/model';
import { roleSchemeOf } from '../domain/roleSchemes';
import { departmentColors } from '../domain/departmentColors';
import { CURRENT_SCHEMA_VERSION, FILE_FORMAT, fileSchema, type FileContent } from './fileSchema';
import {
  describeJsonError,
  fileError,
  MAX_FILE_BYTES,
  MAX_LISTED_PROBLEMS,
  type FileError,
} from './fileErrors';
import { migrateToCurrent } from './migrations';

export type ParseResult =
  | { readonly ok: true; readonly document: RaciDocument; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly error: FileError };

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

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

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path) || '(file)';
  if (issue.code === 'invalid_type') {
    const missing = /received undefined/.test(issue.message);
    const expected = expectedWords[issue.expected] ?? `expected ${issue.expected}`;
    return `${where}: ${missing ? `missing (${expected})` : expected}`;
  }
  if (issue.code === 'invalid_value') return `${where}: expected one of ${issue.values.map(String).join(', ')}`;
  return `${where}: ${issue.message}`;
}

function listProblems(problems: readonly string[]): readonly string[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const rest = problems.length - MAX_LISTED_PROBLEMS;
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), `and ${rest} more`];
}

/** Drops what cannot be kept without guessing, and says so: never a silent repair. */
function repairDocument(content: FileContent['document']): { document: RaciDocument; warnings: string[] } {
  const warnings: string[] = [];
  const scheme = roleSchemeOf(content.roleScheme ?? 'RACI');

  const departments: Department[] = [];
  const departmentIds = new Set<string>();
  content.departments.forEach((d, index) => {
    if (departmentIds.has(d.id)) {
      warnings.push(`departments[${index}]: a second department with id "${d.id}" was dropped.`);
      return;
    }
    departmentIds.add(d.id);
    let color = d.color;
    if (color === undefined || !HEX_COLOR.test(color)) {
      if (color !== undefined) warnings.push(`departments[${index}].color: "${color}" is not a colour like #1e40af; a default was used.`);
      color = departmentColors[index % departmentColors.length] ?? '#334155';
    }
    departments.push({ id: d.id, name: d.name, color, ...(d.description ? { description: d.description } : {}) });
  });

  const activities: Activity[] = [];
  const activityIds = new Set<string>();
  content.activities.forEach((a, index) => {
    if (activityIds.has(a.id)) {
      warnings.push(`activities[${index}]: a second activity with id "${a.id}" was dropped.`);
      return;
    }
    activityIds.add(a.id);
    const activity: Record<string, string> = { id: a.id, name: a.name };
    for (const key of ['group', 'channel', 'description', 'notes'] as const) {
      const value = a[key];
      if (value) activity[key] = value;
    }
    activities.push(activity as unknown as Activity);
  });

  const roleKeys = new Set(scheme.roles.map((r) => r.key));
  const assignments: Assignment[] = [];
  const seen = new Set<string>();
  content.assignments.forEach((a, index) => {
    const where = `assignments[${index}]`;
    if (!activityIds.has(a.activityId)) {
      warnings.push(`${where}: names an unknown activity "${a.activityId}" and was dropped.`);
    } else if (!departmentIds.has(a.departmentId)) {
      warnings.push(`${where}: names an unknown department "${a.departmentId}" and was dropped.`);
    } else if (!roleKeys.has(a.role)) {
      warnings.push(`${where}: role "${a.role}" is not part of ${scheme.id} and was dropped.`);
    } else {
      const key = JSON.stringify([a.activityId, a.departmentId, a.role]);
      if (seen.has(key)) {
        warnings.push(`${where}: repeats an earlier assignment and was dropped.`);
      } else {
        seen.add(key);
        assignments.push({ activityId: a.activityId, departmentId: a.departmentId, role: a.role });
      }
    }
  });

  const workshop = content.workshop ?? {};
  const document: RaciDocument = {
    title: content.title?.trim() || 'Untitled workshop',
    roleScheme: scheme.id,
    workshop: {
      organization: workshop.organization ?? '',
      date: workshop.date ?? '',
      facilitator: workshop.facilitator ?? '',
      participants: workshop.participants ?? [],
    },
    departments,
    activities,
    assignments,
  };
  return { document, warnings };
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
    return { ok: false, error: fileError('too-large', `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; a workshop file is far smaller.`) };
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
    const problems = listProblems(checked.error.issues.map(describeIssue));
    return { ok: false, error: fileError('invalid', 'The file is a RACI workshop file, but some of its content is wrong.', problems) };
  }
  const { document, warnings } = repairDocument(checked.data.document);
  return { ok: true, document, warnings };
}

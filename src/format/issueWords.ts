import { MAX_LISTED_PROBLEMS, type FileError } from './fileErrors';
import type { ShapeIssue, ShapePath } from './shapes';

/**
 * A shape issue in a person's words, counting from 1: "Activity 4 has no name." The JSON path
 * (`document.activities[3].name: expected text`) stays beside it for whoever edits the file by hand.
 */

/** Lists of the file: the noun of one item, and of the list as a whole. */
const lists: Readonly<Record<string, { readonly item: string; readonly whole: string }>> = {
  departments: { item: 'department', whole: 'list of departments' },
  activities: { item: 'activity', whole: 'list of activities' },
  assignments: { item: 'assignment', whole: 'list of assignments' },
  participants: { item: 'participant', whole: 'list of participants' },
  escalations: { item: 'escalation', whole: 'list of escalations' },
  signOff: { item: 'sign-off line', whole: 'sign-off list' },
};

/** Groups of fields, named as the owner of the fields inside them. */
const groups: Readonly<Record<string, string>> = {
  document: 'the workshop',
  workshop: 'the workshop details',
  checkSettings: 'the check settings',
  charter: 'the charter',
  app: 'the details of the app that saved the file',
  acknowledgement: 'the acknowledgement',
};

const fields: Readonly<Record<string, string>> = {
  format: 'file type',
  schemaVersion: 'file version',
  savedAt: 'time it was saved',
  version: 'version',
  id: 'id',
  name: 'name',
  color: 'colour',
  shortLabel: 'short label',
  description: 'description',
  group: 'group',
  channel: 'social property',
  decision: 'decision',
  notes: 'notes',
  status: 'status',
  parkingNote: 'parking note',
  activityId: 'activity',
  departmentId: 'department',
  role: 'role',
  title: 'title',
  roleScheme: 'role scheme',
  organization: 'organization',
  date: 'date',
  facilitator: 'facilitator',
  purpose: 'purpose',
  champion: 'champion',
  sponsor: 'sponsor',
  trigger: 'trigger',
  who: '“who”',
  howFast: '“how fast”',
  lead: 'lead',
  state: 'state',
  note: 'note',
  maxResponsible: 'setting for the most doers on one activity',
  maxConsulted: 'setting for the most consulted departments on one activity',
  everyoneInvolvedFrom: 'setting for when “everyone involved” applies',
  overloadedPercent: 'setting for when a department is overloaded',
  concentrationPercent: 'setting for when accountability is concentrated',
  loadRulesFrom: 'setting for when the load rules apply',
};

const fieldNoun = (key: string): string => fields[key] ?? `field “${key}”`;

/** Who holds the field at the end of `path` ("activity 4"), and that field's noun ("name"), if the path ends in one. */
function placeOf(path: ShapePath): { readonly owner: string; readonly field?: string } {
  let owner = 'the file';
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i];
    const next = path[i + 1];
    const last = i === path.length - 1;
    if (key === undefined || typeof key === 'number') continue; // a number is read with the list key before it
    const list = lists[key];
    if (list && typeof next === 'number') {
      owner = `${list.item} ${next + 1}`;
      i += 1;
      if (i === path.length - 1) return { owner };
      continue;
    }
    if (last) return { owner, field: list ? list.whole : fieldNoun(key) };
    const group = groups[key];
    owner = group === undefined ? `the field “${key}” in ${owner}` : key === 'acknowledgement' ? `${group} of ${owner}` : group;
  }
  return { owner };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function kindOfValue(value: unknown): string {
  if (value === null) return 'an empty value (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number with a fraction';
  if (typeof value === 'boolean') return `“${String(value)}”`;
  return 'a group of fields';
}

const expectedWords = { text: 'text', 'whole number': 'a whole number', list: 'a list', object: 'a group of fields' } as const;

/** One sentence (sometimes two clauses) that names the place as the app shows it, counting from 1. */
export function describeIssueForPeople(issue: ShapeIssue, found: unknown): string {
  const { owner, field } = placeOf(issue.path);
  // A setting's noun says where it is; "of the check settings" would only repeat it.
  const subject = field === undefined ? owner : owner === groups.checkSettings ? `the ${field}` : `the ${field} of ${owner}`;
  switch (issue.kind) {
    case 'type': {
      const missing = found === undefined;
      if (field !== undefined) {
        return missing
          ? `${capitalised(owner)} has no ${field}.`
          : `${capitalised(owner)} has no usable ${field}: it holds ${kindOfValue(found)} where ${expectedWords[issue.expected]} belongs.`;
      }
      return missing ? `${capitalised(owner)} is missing.` : `${capitalised(owner)} cannot be read: it is ${kindOfValue(found)} where ${expectedWords[issue.expected]} belongs.`;
    }
    case 'empty':
      return field === undefined ? `${capitalised(owner)} is blank.` : `${capitalised(owner)} has no ${field}: it is blank.`;
    case 'one-of':
      return `${capitalised(subject)} is not one the app knows; it can be ${oneOfWords(issue.values)}.`;
    case 'too-small':
      return `${capitalised(subject)} is too small: it must be ${String(issue.minimum)} or more.`;
    case 'too-big':
      return `${capitalised(subject)} is too large: it must be ${String(issue.maximum)} or less.`;
  }
}

function oneOfWords(values: readonly string[]): string {
  const quoted = values.map((v) => `“${v}”`);
  return quoted.length <= 1 ? (quoted[0] ?? 'nothing') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) ?? ''}`;
}

/**
 * A field this version does not know, in a person's words: "The field “owner” of activity 4 is not known to
 * this version; it was ignored." Ignored, not repaired: the file was not wrong, only newer or richer.
 */
export function describeIgnoredFieldForPeople(path: ShapePath): string {
  const key = path.at(-1);
  // The owner is what holds the last key; its noun (an unknown name) is quoted below instead.
  const { owner } = placeOf(path);
  const where = owner === 'the file' ? 'at the top of the file' : `of ${owner}`;
  return `The field “${String(key)}” ${where} is not known to this version; it was ignored.`;
}

/** A refusal's problems in a person's words, the first few and then how many more; none where it has none. */
export function plainProblemsOf(error: FileError): string[] {
  const found = error.found ?? [];
  const words = found.slice(0, MAX_LISTED_PROBLEMS).map(({ issue, found: value }) => describeIssueForPeople(issue, value));
  const rest = found.length - MAX_LISTED_PROBLEMS;
  return rest > 0 ? [...words, `And ${rest} more ${rest === 1 ? 'problem' : 'problems'}.`] : words;
}

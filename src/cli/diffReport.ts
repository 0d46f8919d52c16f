import { changeNames, describeChange } from '../domain/compare/describeChange';
import type { WorkshopChange, WorkshopChangeKind } from '../domain/compare/workshopChanges';
import { countNoun } from '../domain/checks/findings';
import type { RaciDocument } from '../domain/model';

/** The headings of `diff`, in the order a reviewer reads a returned matrix. */
const groups = ['Workshop', 'Departments', 'Activities', 'Assignments', 'Charter and sign-off', 'Check settings'] as const;
type Group = (typeof groups)[number];

const groupOf: Readonly<Record<WorkshopChangeKind, Group>> = {
  'workshop-changed': 'Workshop',
  'department-added': 'Departments',
  'department-removed': 'Departments',
  'department-renamed': 'Departments',
  'department-edited': 'Departments',
  'activity-added': 'Activities',
  'activity-removed': 'Activities',
  'activity-renamed': 'Activities',
  'activity-edited': 'Activities',
  'assignment-added': 'Assignments',
  'assignment-removed': 'Assignments',
  'assignment-moved': 'Assignments',
  'charter-changed': 'Charter and sign-off',
  'sign-off-changed': 'Charter and sign-off',
  'check-setting-changed': 'Check settings',
};

export interface Compared {
  readonly beforePath: string;
  readonly afterPath: string;
  readonly before: RaciDocument;
  readonly after: RaciDocument;
  readonly changes: readonly WorkshopChange[];
}

/** "3 changes from a to b:", then each group with its sentences, in the workshop's words. */
export function diffAsText({ beforePath, afterPath, before, after, changes }: Compared): string {
  if (changes.length === 0) return `No changes: ${beforePath} and ${afterPath} hold the same workshop.\n`;
  const names = changeNames(before, after);
  const lines = [`${countNoun(changes.length, 'change')} from ${beforePath} to ${afterPath}:`];
  for (const group of groups) {
    const inGroup = changes.filter((change) => groupOf[change.kind] === group);
    if (inGroup.length > 0) lines.push('', `${group} (${inGroup.length})`, ...inGroup.map((change) => `  ${describeChange(change, names)}`));
  }
  return `${lines.join('\n')}\n`;
}

/** The JSON of `diff --json`, version 1: each change as the domain gives it (stable `id` and `kind`) plus its sentence. */
export interface JsonDiffReport {
  readonly version: 1;
  readonly before: string;
  readonly after: string;
  readonly equal: boolean;
  readonly changes: readonly (WorkshopChange & { readonly summary: string })[];
}

export function diffAsJson({ beforePath, afterPath, before, after, changes }: Compared): string {
  const names = changeNames(before, after);
  const report: JsonDiffReport = {
    version: 1,
    before: beforePath,
    after: afterPath,
    equal: changes.length === 0,
    changes: changes.map((change) => ({ ...change, summary: describeChange(change, names) })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

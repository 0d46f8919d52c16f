import { changeNames, describeChange } from '../domain/compare/describeChange';
import { groupChanges, type ChangeSection } from '../domain/compare/changeSections';
import type { WorkshopChange } from '../domain/compare/workshopChanges';
import { countNoun } from '../domain/checks/findings';
import type { RaciDocument } from '../domain/model';

/** The headings of `diff`, in the order a reviewer reads a returned matrix: what it is first, then what it says. */
const reviewOrder: readonly ChangeSection[] = ['Workshop', 'Departments', 'Activities', 'Assignments', 'Charter and sign-off', 'Check settings'];

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
  for (const group of groupChanges(changes, reviewOrder)) {
    lines.push('', `${group.section} (${group.changes.length})`, ...group.changes.map((change) => `  ${describeChange(change, names)}`));
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

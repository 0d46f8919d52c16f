import type { CheckReport } from './checkDocument';
import { severities, type Severity } from './findings';
import { severityCount } from './severityWords';

export interface FindingLabels {
  readonly activities: ReadonlyMap<string, string>;
  readonly departments: ReadonlyMap<string, string>;
}

const ALL_FINE = 'Checks: all fine';
const STILL_TO_DO = 'Checks: still to do';

type Tally = Partial<Record<Severity, number>>;

function labelOf(status: string, counts: Tally | undefined): string {
  if (status === 'todo') return STILL_TO_DO;
  if (!counts) return ALL_FINE;
  const parts = severities.flatMap((s) => {
    const n = counts[s] ?? 0;
    return n === 0 ? [] : [severityCount(n, s)];
  });
  return parts.length === 0 ? ALL_FINE : `Checks: ${parts.join(', ')}`;
}

/**
 * The text alternative of each row's and each department's status mark, e.g. "Checks: 1 error, 2 warnings".
 * Strings, so a memoised row re-renders only when its own findings change.
 */
export function findingLabels(report: CheckReport): FindingLabels {
  const byActivity = new Map<string, Tally>();
  const byDepartment = new Map<string, Tally>();
  for (const finding of report.findings) {
    const [tallies, id] = finding.activityId !== undefined ? [byActivity, finding.activityId] : [byDepartment, finding.departmentId ?? ''];
    const counts = tallies.get(id) ?? {};
    counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
    tallies.set(id, counts);
  }
  const activities = new Map<string, string>();
  for (const [id, status] of report.activityStatus) activities.set(id, labelOf(status, byActivity.get(id)));
  const departments = new Map<string, string>();
  for (const [id, status] of report.departmentStatus) departments.set(id, labelOf(status, byDepartment.get(id)));
  return { activities, departments };
}

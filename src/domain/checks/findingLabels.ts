import type { CheckReport } from './checkDocument';
import { severities, type Severity } from './findings';
import { severityCount } from './severityWords';

export interface FindingLabels {
  readonly activities: ReadonlyMap<string, string>;
  readonly departments: ReadonlyMap<string, string>;
}

type Tally = Partial<Record<Severity, number>>;

function labelOf(status: string, counts: Tally = {}): string {
  if (status === 'todo') return 'Checks: still to do';
  const parts = severities.flatMap((s) => (counts[s] ? [severityCount(counts[s], s)] : []));
  return parts.length === 0 ? 'Checks: all fine' : `Checks: ${parts.join(', ')}`;
}

/**
 * The text alternative of each row's and each department's status mark, e.g. "Checks: 1 error, 2 warnings".
 * Strings, so a memoised row re-renders only when its own findings change.
 */
export function findingLabels(report: CheckReport): FindingLabels {
  const tallies = { a: new Map<string, Tally>(), d: new Map<string, Tally>() };
  for (const finding of report.findings) {
    const [of, id] = finding.activityId !== undefined ? [tallies.a, finding.activityId] : [tallies.d, finding.departmentId ?? ''];
    const counts = of.get(id) ?? {};
    counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
    of.set(id, counts);
  }
  const labelAll = (statuses: ReadonlyMap<string, string>, of: Map<string, Tally>) => new Map([...statuses].map(([id, status]) => [id, labelOf(status, of.get(id))]));
  return { activities: labelAll(report.activityStatus, tallies.a), departments: labelAll(report.departmentStatus, tallies.d) };
}

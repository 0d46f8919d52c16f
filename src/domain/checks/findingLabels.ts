import type { CheckReport } from './checkDocument';
import { severities } from './findings';
import { severityCount } from './severityWords';

/**
 * The text alternative of each row's and each department's status mark, e.g. "Checks: 1 error, 2 warnings".
 * Strings, so a memoised row re-renders only when its own findings change.
 */
export function findingLabels(report: CheckReport): { activities: Map<string, string>; departments: Map<string, string> } {
  const tally = new Map<string, Record<string, number>>();
  for (const finding of report.findings) {
    const key = finding.activityId !== undefined ? `a:${finding.activityId}` : `d:${finding.departmentId ?? ''}`;
    const counts = tally.get(key) ?? {};
    counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
    tally.set(key, counts);
  }
  const label = (key: string) => {
    const counts = tally.get(key);
    const parts = severities.flatMap((s) => {
      const n = counts?.[s] ?? 0;
      return n === 0 ? [] : [severityCount(n, s)];
    });
    return parts.length === 0 ? 'Checks: all fine' : `Checks: ${parts.join(', ')}`;
  };
  const labelOf = (status: string, key: string) => (status === 'todo' ? 'Checks: still to do' : label(key));
  return {
    activities: new Map([...report.activityStatus].map(([id, status]) => [id, labelOf(status, `a:${id}`)])),
    departments: new Map([...report.departmentStatus].map(([id, status]) => [id, labelOf(status, `d:${id}`)])),
  };
}

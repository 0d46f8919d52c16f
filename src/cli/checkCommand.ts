import { checkDocument, type CheckReport } from '../domain/checks/checkDocument';
import { severities } from '../domain/checks/findings';
import { severityCounts, severityWords } from '../domain/checks/severityWords';
import type { RaciDocument } from '../domain/model';

export interface CheckOutcome {
  readonly text: string;
  /** 1 when any error was found, else 0 (2, for a file that cannot be opened, is decided before). */
  readonly exitCode: 0 | 1;
}

function summaryLine(report: CheckReport): string {
  const counts = severityCounts(report.counts);
  // A health of 100 over an empty matrix would read as a pass.
  const health = report.nothingToCheck ? 'Nothing to check yet' : `Health ${report.health} of 100`;
  return `${health} · ${counts} · ${report.ownedActivities} of ${report.totalActivities} activities have an owner`;
}

/** The findings grouped by severity, for people reading a CI log. */
export function checkAsText(path: string, doc: RaciDocument, repairs: readonly string[]): CheckOutcome {
  const report = checkDocument(doc);
  const lines = [`${path}: ${doc.title}`, summaryLine(report)];
  if (repairs.length > 0) lines.push('', `Opened with ${repairs.length === 1 ? 'one repair' : `${repairs.length} repairs`}:`, ...repairs.map((r) => `  - ${r}`));
  for (const severity of severities) {
    const found = report.findings.filter((f) => f.severity === severity);
    if (found.length === 0) continue;
    const { heading, mark } = severityWords[severity];
    lines.push('', `${heading} (${found.length})`, ...found.map((f) => `  ${mark} ${f.message} [${f.rule}]`));
  }
  if (report.nothingToCheck) lines.push('', report.nothingToCheck);
  else if (report.findings.length === 0) lines.push('', 'No gaps and no conflicts: every rule holds.');
  return { text: `${lines.join('\n')}\n`, exitCode: report.counts.error > 0 ? 1 : 0 };
}

/** The same, as JSON for other tools: stable rule ids, the ids of what each finding concerns. */
export function checkAsJson(path: string, doc: RaciDocument, repairs: readonly string[]): CheckOutcome {
  const report = checkDocument(doc);
  const result = {
    file: path,
    title: doc.title,
    // null rather than a perfect score when there is nothing to check; the sentence says what to add.
    health: report.nothingToCheck ? null : report.health,
    ...(report.nothingToCheck ? { nothingToCheck: report.nothingToCheck } : {}),
    counts: report.counts,
    ownedActivities: report.ownedActivities,
    totalActivities: report.totalActivities,
    repairs,
    findings: report.findings,
  };
  return { text: `${JSON.stringify(result, null, 2)}\n`, exitCode: report.counts.error > 0 ? 1 : 0 };
}

import type { CheckReport } from '../domain/checks/checkDocument';
import { countNoun, severities } from '../domain/checks/findings';
import { severityCounts, severityWords } from '../domain/checks/severityWords';
import type { CheckTotal, FileVerdict } from './checkFiles';
import { cannotOpenText } from './readWorkshopFile';

function summaryLine(report: CheckReport): string {
  // A health of 100 over an empty matrix would read as a pass.
  const health = report.nothingToCheck ? 'Nothing to check yet' : `Health ${report.health} of 100`;
  const owned = report.totalActivities === 1 ? 'activity has an owner' : 'activities have an owner';
  return `${health} · ${severityCounts(report.counts)} · ${report.ownedActivities} of ${report.totalActivities} ${owned}`;
}

/** One file's title, summary, repairs and findings grouped by severity, for people reading a CI log. */
function fileText(verdict: FileVerdict): string {
  if (!verdict.ok) return verdict.error.code === 'no-match' ? `${verdict.error.message}\n` : cannotOpenText(verdict.file, verdict.error);
  const { file, document, report, repairs, ignored } = verdict;
  const lines = [`${file}: ${document.title}`, summaryLine(report)];
  if (repairs.length > 0) lines.push('', `Opened with ${repairs.length === 1 ? 'one repair' : `${repairs.length} repairs`}:`, ...repairs.map((r) => `  - ${r}`));
  if (ignored.length > 0) {
    lines.push('', `Ignored ${ignored.length === 1 ? 'one field' : `${ignored.length} fields`} this version does not know:`, ...ignored.map((f) => `  - ${f.message} (${f.path})`));
  }
  for (const severity of severities) {
    const found = report.findings.filter((f) => f.severity === severity);
    if (found.length === 0) continue;
    const { heading, mark } = severityWords[severity];
    lines.push('', `${heading} (${found.length})`, ...found.map((f) => `  ${mark} ${f.message} [${f.rule}]`));
  }
  if (report.nothingToCheck) lines.push('', report.nothingToCheck);
  else if (report.findings.length === 0) lines.push('', 'No gaps and no conflicts: every rule holds.');
  return `${lines.join('\n')}\n`;
}

/** "3 files: 1 with errors, 1 cannot be opened, 1 passed · 2 errors, 5 warnings, 1 note". */
export function totalLine(total: CheckTotal): string {
  const parts = [
    ...(total.withErrors > 0 ? [`${total.withErrors} with errors`] : []),
    ...(total.cannotBeOpened > 0 ? [`${total.cannotBeOpened} cannot be opened`] : []),
    `${total.passed} passed`,
  ];
  return `${countNoun(total.files, 'file')}: ${parts.join(', ')} · ${severityCounts(total.counts)}`;
}

/** Every file in turn, a blank line between them, and the total last. */
export function checkAsText(verdicts: readonly FileVerdict[], total: CheckTotal): string {
  return `${verdicts.map(fileText).join('\n')}\n${totalLine(total)}\n`;
}

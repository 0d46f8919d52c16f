import { statusProgress } from './activityStatus';
import type { CheckReport } from './checks/checkDocument';
import { countNoun } from './checks/findings';
import { severityCount } from './checks/severityWords';
import type { RaciDocument } from './model';

/**
 * Why the charter is still a draft, in the room's words ("3 errors", "2 parked rows"); none when it is
 * final: no error open, no row disputed or parked, and a matrix there is something to judge in.
 */
export function draftReasons(doc: RaciDocument, report: CheckReport): readonly string[] {
  const { counts } = statusProgress(doc.activities);
  return [
    report.nothingToCheck ? report.nothingToCheck.replace(/\.$/, '') : '',
    report.counts.error > 0 ? severityCount(report.counts.error, 'error') : '',
    counts.disputed > 0 ? countNoun(counts.disputed, 'disputed row') : '',
    counts.parked > 0 ? countNoun(counts.parked, 'parked row') : '',
  ].filter(Boolean);
}

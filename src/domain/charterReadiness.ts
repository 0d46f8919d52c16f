import { describeObjection, openObjections } from './acknowledgements';
import { statusProgress } from './activityStatus';
import type { CheckReport } from './checks/checkDocument';
import { countNoun } from './checks/findings';
import { severityCount } from './checks/severityWords';
import type { RaciDocument } from './model';

/**
 * Why the charter is still a draft, in the room's words ("3 errors", "2 parked rows", "Legal objected:
 * wants to see the crisis plan first"); none when it is final: no error open, no row disputed or parked,
 * no department objecting, and a matrix there is something to judge in. The matrix's reasons come first,
 * then each objection, in the departments' order.
 */
export function draftReasons(doc: RaciDocument, report: CheckReport): readonly string[] {
  const { counts } = statusProgress(doc.activities);
  return [
    report.nothingToCheck ? report.nothingToCheck.replace(/\.$/, '') : '',
    report.counts.error > 0 ? severityCount(report.counts.error, 'error') : '',
    counts.disputed > 0 ? countNoun(counts.disputed, 'disputed row') : '',
    counts.parked > 0 ? countNoun(counts.parked, 'parked row') : '',
    ...openObjections(doc).map(describeObjection),
  ].filter(Boolean);
}

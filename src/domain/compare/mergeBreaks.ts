import { checkDocument, judgeReport, type CheckReport, type CheckScope } from '../checks/checkDocument';
import { findingKey, type Finding } from '../checks/findings';
import type { RaciDocument } from '../model';
import { mergeChanges } from './mergeChanges';
import type { WorkshopChange } from './workshopChanges';

/**
 * The errors `after` has that `before` has not, in the checks' own words and order. A problem is the same
 * one when its rule, activity and department are (findingKey), even if its sentence now names others.
 */
export function newErrors(before: CheckReport, after: CheckReport): readonly Finding[] {
  const known = new Set(before.findings.filter((f) => f.severity === 'error').map(findingKey));
  return after.findings.filter((f) => f.severity === 'error' && !known.has(findingKey(f)));
}

/**
 * What merging `accepted` into `open` would leave broken that is not broken now: the existing checks run on
 * the merged result, judged as the workshop's checks are (`scope`), compared with the open workshop.
 * `openReport` may be passed when it is already at hand (the Checks panel's own report of `open`).
 */
export function errorsAfterMerge(
  open: RaciDocument,
  other: RaciDocument,
  accepted: readonly WorkshopChange[],
  scope: CheckScope = 'everything',
  openReport: CheckReport = checkDocument(open),
): readonly Finding[] {
  if (accepted.length === 0) return [];
  const merged = mergeChanges(open, other, accepted);
  return newErrors(judgeReport(openReport, scope), judgeReport(checkDocument(merged), scope));
}

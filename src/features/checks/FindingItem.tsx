import { memo } from 'react';
import { findingKey, type Finding } from '../../domain/checks/findings';
import { severityWords } from '../../domain/checks/severityWords';
import { StatusMark } from '../../ui/StatusMark';

interface FindingItemProps {
  readonly finding: Finding;
  readonly onPoint: (finding: Finding) => void;
}

/**
 * One finding of the list. Every edit runs the checks again and makes new finding objects; a finding with
 * the same rule, place and words is the same item, so a drop on a large matrix redraws only what changed.
 */
export const FindingItem = memo(
  function FindingItem({ finding, onPoint }: FindingItemProps) {
    return (
      <li className={`finding finding--${finding.severity}`} data-rule={finding.rule} data-severity={finding.severity}>
        <button type="button" className="finding__button" onClick={() => onPoint(finding)}>
          <StatusMark status={finding.severity} label={severityWords[finding.severity].singular} />
          <span className="finding__message">{finding.message}</span>
        </button>
      </li>
    );
  },
  (before, after) =>
    before.onPoint === after.onPoint &&
    findingKey(before.finding) === findingKey(after.finding) &&
    before.finding.message === after.finding.message &&
    before.finding.severity === after.finding.severity,
);

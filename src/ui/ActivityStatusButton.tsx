import { statusWords } from '../domain/activityStatus';
import { activityStatuses, type ActivityStatus } from '../domain/model';
import { MenuButton } from './MenuButton';

interface ActivityStatusButtonProps {
  readonly activityId: string;
  readonly activityName: string;
  readonly status: ActivityStatus;
  readonly onStatus: (activityId: string, status: ActivityStatus) => void;
}

/** Where the room stands on a row, set from the row itself: open, agreed, disputed or parked. */
export function ActivityStatusButton({ activityId, activityName, status, onStatus }: ActivityStatusButtonProps) {
  const items = activityStatuses.map((s) => ({ label: statusWords[s].label, checked: s === status, onSelect: () => onStatus(activityId, s) }));
  // "not settled" rather than "Open": a name holding "open" would answer for the toolbar's Open too.
  const word = status === 'open' ? 'not settled' : statusWords[status].label;
  return (
    <MenuButton
      label={`Status of ${activityName}: ${word}`}
      className={`row-status row-status--${status}`}
      face={<span aria-hidden="true">{statusWords[status].mark}</span>}
      // Shown on hover and focus, so a person finds what the square is for; the name says it already.
      hint={`Status: ${word} ▾`}
      items={items}
    />
  );
}

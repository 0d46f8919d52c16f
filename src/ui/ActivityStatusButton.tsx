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
  return (
    <MenuButton
      // "not settled" rather than "Open": a name holding "open" would answer for the toolbar's Open too.
      label={`Status of ${activityName}: ${status === 'open' ? 'not settled' : statusWords[status].label}`}
      title={`${statusWords[status].label}: set where the room stands on this activity`}
      className={`row-status row-status--${status}`}
      face={<span aria-hidden="true">{statusWords[status].mark}</span>}
      items={items}
    />
  );
}

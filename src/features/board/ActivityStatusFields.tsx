import { isWaitingStatus, statusWords } from '../../domain/activityStatus';
import { activityStatuses, type ActivityStatus } from '../../domain/model';

interface ActivityStatusFieldsProps {
  readonly idPrefix: string;
  readonly status: ActivityStatus;
  readonly note: string;
  readonly onStatus: (status: ActivityStatus) => void;
  readonly onNote: (note: string) => void;
}

/**
 * Where the room stands on the activity, in its editor: the same four choices as the row's status square,
 * and for a disputed or parked row the reason it waits (the parking lot's note).
 */
export function ActivityStatusFields({ idPrefix, status, note, onStatus, onNote }: ActivityStatusFieldsProps) {
  return (
    <>
      <fieldset className="editor__statuses">
        <legend>Where the room stands</legend>
        {activityStatuses.map((s) => (
          <label key={s}>
            <input type="radio" name={`${idPrefix}-status`} value={s} checked={status === s} onChange={() => onStatus(s)} />{' '}
            <span aria-hidden="true" className={`row-status row-status--${s} editor__status-mark`}>
              {statusWords[s].mark}
            </span>{' '}
            {statusWords[s].label}
          </label>
        ))}
      </fieldset>
      {isWaitingStatus(status) ? (
        <>
          <label htmlFor={`${idPrefix}-waits`}>Why does this row wait? (optional)</label>
          <input id={`${idPrefix}-waits`} value={note} onChange={(e) => onNote(e.target.value)} maxLength={300} placeholder="e.g. Legal wants to see the crisis plan first" />
        </>
      ) : null}
    </>
  );
}

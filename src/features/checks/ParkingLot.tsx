import { useId, useState } from 'react';
import { statusOf, statusWords } from '../../domain/activityStatus';
import type { Activity, ActivityStatus } from '../../domain/model';
import { changeActivityStatus, changeParkingNote } from '../../store/activityStatusActions';
import { useSessionStore } from '../../store/sessionStore';
import { ActivityStatusButton } from '../../ui/ActivityStatusButton';
import { undoKeys } from '../../ui/commandKey';
import './parkingLot.css';

const setStatus = (activityId: string, status: ActivityStatus) => changeActivityStatus(activityId, status, undoKeys);

/** Why a row waits, kept when the field is left or Enter is pressed: one undo step per note, not per key. */
function ParkingNote({ activity }: { activity: Activity }) {
  const id = useId();
  const [draft, setDraft] = useState(activity.parkingNote ?? '');
  const [shown, setShown] = useState(activity.parkingNote);
  // The note changed elsewhere (undo, another row's edit): the field follows.
  if (shown !== activity.parkingNote) {
    setShown(activity.parkingNote);
    setDraft(activity.parkingNote ?? '');
  }
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        Why {activity.name} waits
      </label>
      <input
        id={id}
        className="parking__note"
        value={draft}
        placeholder="Why it waits (optional)"
        maxLength={300}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => changeParkingNote(activity.id, draft)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') changeParkingNote(activity.id, draft);
        }}
      />
    </>
  );
}

/** The disputed and parked rows (statusProgress's parking lot), with why they wait, for the end of the workshop. */
export function ParkingLot({ rows }: { rows: readonly Activity[] }) {
  const pointAt = useSessionStore((s) => s.pointAt);
  if (rows.length === 0) return null;
  return (
    <section className="parking" aria-labelledby="parking-title">
      <h3 id="parking-title" className="parking__title">
        Parking lot ({rows.length})
      </h3>
      <ul className="parking__list">
        {rows.map((activity) => (
          <li key={activity.id} className="parking__item">
            <ActivityStatusButton activityId={activity.id} activityName={activity.name} status={statusOf(activity)} onStatus={setStatus} />
            <button type="button" className="parking__name" onClick={() => pointAt({ kind: 'activity', id: activity.id })} title="Show this row">
              {activity.name}
              <span className="visually-hidden">, {statusWords[statusOf(activity)].label.toLowerCase()}</span>
            </button>
            <ParkingNote activity={activity} />
          </li>
        ))}
      </ul>
    </section>
  );
}

import { undoKeys } from '../../ui/commandKey';
import { useId, useState, type FormEvent } from 'react';
import { addActivity, moveActivityWithinGroup, removeActivity, updateActivity } from '../../domain/activityEdits';
import { displayOrder, groupNames } from '../../domain/activityGroups';
import { isWaitingStatus, setActivityStatus, setParkingNote, statusOf } from '../../domain/activityStatus';
import type { Activity, ActivityStatus } from '../../domain/model';
import { selectDocument, useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { Dialog } from '../../ui/Dialog';
import { ActivityStatusFields } from './ActivityStatusFields';
import { ADD_ACTIVITY_FOCUS_KEY, activityFocusKey } from './focusKeys';

interface ActivityEditorProps {
  /** Undefined to add a new activity. */
  readonly activity: Activity | undefined;
  readonly defaultGroup?: string;
}

export function ActivityEditor({ activity, defaultGroup }: ActivityEditorProps) {
  const apply = useDocumentStore((s) => s.apply);
  const edit = useSessionStore((s) => s.edit);
  const close = () => edit(undefined);
  const announce = useSessionStore((s) => s.announce);
  const requestFocus = useSessionStore((s) => s.requestFocus);
  const [name, setName] = useState(activity?.name ?? '');
  const [group, setGroup] = useState(activity?.group ?? defaultGroup ?? '');
  const [channel, setChannel] = useState(activity?.channel ?? '');
  const [description, setDescription] = useState(activity?.description ?? '');
  const [decision, setDecision] = useState(activity?.decision ?? '');
  const [notes, setNotes] = useState(activity?.notes ?? '');
  const [status, setStatus] = useState<ActivityStatus>(activity ? statusOf(activity) : 'open');
  const [waitsBecause, setWaitsBecause] = useState(activity?.parkingNote ?? '');
  const ids = useId();
  const blank = name.trim() === '';
  const activities = useDocumentStore((s) => selectDocument(s).activities);
  const groups = groupNames(activities);
  const ordered = displayOrder(activities);
  const at = activity ? ordered.findIndex((a) => a.id === activity.id) : -1;
  const sameGroup = (other: Activity | undefined) => other !== undefined && (other.group ?? '') === (activity?.group ?? '');
  const canMoveUp = at > 0 && sameGroup(ordered[at - 1]);
  const canMoveDown = at !== -1 && sameGroup(ordered[at + 1]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (blank) return;
    const fields = { name, group, channel, description, decision, notes };
    if (activity) {
      // The fields, the status and why it waits: one undo step, as from the row.
      apply((doc) => {
        const edited = setActivityStatus(updateActivity(doc, activity.id, fields), activity.id, status);
        return isWaitingStatus(status) ? setParkingNote(edited, activity.id, waitsBecause) : edited;
      });
      announce(`Saved ${name.trim()}.`);
    } else {
      apply((doc) => addActivity(doc, fields));
      announce(`Added ${name.trim()} to the activities.`);
    }
    close();
  };

  const move = (step: -1 | 1) => {
    if (!activity) return;
    apply((doc) => moveActivityWithinGroup(doc, activity.id, step));
    announce(`Moved ${activity.name} ${step < 0 ? 'up' : 'down'}.`);
  };

  const remove = () => {
    if (!activity) return;
    // The row that opened the editor goes with the activity: focus moves to the next row's name.
    const neighbour = ordered[at + 1] ?? ordered[at - 1];
    requestFocus(neighbour ? activityFocusKey(neighbour.id) : ADD_ACTIVITY_FOCUS_KEY);
    apply((doc) => removeActivity(doc, activity.id));
    announce(`Removed ${activity.name} and its assignments. Undo with ${undoKeys}.`);
    close();
  };

  return (
    <Dialog title={activity ? 'Edit activity' : 'Add an activity'} onClose={close}>
      <form onSubmit={submit} className="editor">
        <label htmlFor={`${ids}-name`}>Name</label>
        <input id={`${ids}-name`} value={name} onChange={(e) => setName(e.target.value)} autoFocus required maxLength={120} />
        <label htmlFor={`${ids}-group`}>Group</label>
        <input id={`${ids}-group`} value={group} onChange={(e) => setGroup(e.target.value)} list={`${ids}-groups`} maxLength={80} />
        <datalist id={`${ids}-groups`}>
          {groups.map((g) => <option key={g} value={g} />)}
        </datalist>
        <label htmlFor={`${ids}-channel`}>Social property (optional), e.g. Facebook page</label>
        <input id={`${ids}-channel`} value={channel} onChange={(e) => setChannel(e.target.value)} maxLength={80} />
        <label htmlFor={`${ids}-description`}>Description (optional)</label>
        <input id={`${ids}-description`} value={description} onChange={(e) => setDescription(e.target.value)} maxLength={300} />
        <label htmlFor={`${ids}-decision`}>Decision (optional, for the charter)</label>
        <textarea id={`${ids}-decision`} rows={2} value={decision} onChange={(e) => setDecision(e.target.value)} maxLength={1000} />
        <label htmlFor={`${ids}-notes`}>Notes (optional, for the charter)</label>
        <textarea id={`${ids}-notes`} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={2000} />
        {activity ? <ActivityStatusFields idPrefix={ids} status={status} note={waitsBecause} onStatus={setStatus} onNote={setWaitsBecause} /> : null}
        {activity ? (
          <div className="editor__row">
            <button type="button" onClick={() => move(-1)} disabled={!canMoveUp}>Move up</button>
            <button type="button" onClick={() => move(1)} disabled={!canMoveDown}>Move down</button>
            <button type="button" className="danger" onClick={remove}>Remove activity</button>
          </div>
        ) : null}
        <div className="editor__actions">
          <button type="button" onClick={close}>Cancel</button>
          <button type="submit" className="primary" disabled={blank}>{activity ? 'Save' : 'Add'}</button>
        </div>
      </form>
    </Dialog>
  );
}

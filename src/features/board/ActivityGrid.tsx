import { useCallback, useMemo, useRef, type RefObject } from 'react';
import { groupActivities } from '../../domain/activityGroups';
import type { Assignment, Department, RaciDocument } from '../../domain/model';
import { roleSchemeOf } from '../../domain/roleSchemes';
import { currentDocument, useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { RoleLetter } from '../../ui/RoleLetter';
import { selectReport } from '../../store/checkReport';
import { ActivityRow } from './ActivityRow';
import { DelegatedDrag } from './DelegatedDrag';
import { findingLabels } from './findingLabels';
import { dropOutcome } from './dropOutcome';
import { indexRowCells, type RowCells } from './rowCells';
import { focusAfterRemoval } from './dropFocus';
import { ADD_ACTIVITY_FOCUS_KEY } from './focusKeys';
import { useFocusRequest } from './useFocusRequest';

const noCells: RowCells = new Map();

interface ActivityGridProps {
  readonly doc: RaciDocument;
  /** The scroll frame, for the board's edge scrolling while a chip is held. */
  readonly frameRef: RefObject<HTMLDivElement | null>;
}

export function ActivityGrid({ doc, frameRef }: ActivityGridProps) {
  const apply = useDocumentStore((s) => s.apply);
  const announce = useSessionStore((s) => s.announce);
  const edit = useSessionStore((s) => s.edit);
  const armedId = useSessionStore((s) => s.armedDepartmentId);
  const armed: Department | undefined = doc.departments.find((d) => d.id === armedId);
  const roles = roleSchemeOf(doc.roleScheme).roles;
  const report = useDocumentStore(selectReport);
  const labels = useMemo(() => findingLabels(report).activities, [report]);

  const previous = useRef<ReadonlyMap<string, RowCells>>(new Map());
  const rowCells = useMemo(() => {
    previous.current = indexRowCells(doc, previous.current);
    return previous.current;
  }, [doc]);

  // Placing with clicks and removing with a control are drops by other means: one rule, one message.
  const onPlace = useCallback((assignment: Assignment) => {
    const source = { kind: 'palette', departmentId: assignment.departmentId } as const;
    const outcome = dropOutcome(currentDocument(), source, { kind: 'cell', activityId: assignment.activityId, role: assignment.role });
    apply(() => outcome.document);
    announce(outcome.message);
  }, [apply, announce]);

  const requestFocus = useSessionStore((s) => s.requestFocus);
  const onRemove = useCallback((assignment: Assignment) => {
    const doc = currentDocument();
    const outcome = dropOutcome(doc, { kind: 'placed', assignment }, { kind: 'palette' });
    requestFocus(focusAfterRemoval(doc, assignment));
    apply(() => outcome.document);
    announce(`${outcome.message} Undo with Ctrl+Z.`);
  }, [apply, announce, requestFocus]);
  const addActivityRef = useFocusRequest<HTMLButtonElement>(ADD_ACTIVITY_FOCUS_KEY);

  const onEdit = useCallback((activityId: string) => edit({ kind: 'activity', id: activityId }), [edit]);

  const groups = groupActivities(doc.activities);
  return (
    // The scroll frame holds the table and what is not part of it (an empty note, the add button), so
    // the table's children are rows and row groups only.
    <DelegatedDrag id="placed-chips" frameRef={frameRef} className="grid" style={{ ['--lanes' as string]: roles.length }}>
      <div role="table" aria-label="Responsibility matrix" className="grid__table">
        <div className="grid__header" role="row">
          <div role="columnheader" className="grid__corner">Activity</div>
          {roles.map((role) => (
            <div key={role.key} role="columnheader" className="lane-header" data-role={role.key}>
              <RoleLetter letter={role.key} color={role.color} />
              <span>{role.name}</span>
            </div>
          ))}
        </div>
        {groups.map((group) => (
          <div key={group.name || '(ungrouped)'} role="rowgroup" className="group" aria-label={group.name || 'Other activities'}>
            <div role="row" className="group__header">
              <div role="rowheader" aria-colspan={roles.length + 1} className="group__name">{group.name || 'Other activities'}</div>
            </div>
            {group.activities.map((activity) => (
              <ActivityRow
                key={activity.id}
                activity={activity}
                cells={rowCells.get(activity.id) ?? noCells}
                roles={roles}
                armed={armed}
                onPlace={onPlace}
                onRemove={onRemove}
                onEdit={onEdit}
                status={report.activityStatus.get(activity.id) ?? 'ok'}
                statusLabel={labels.get(activity.id) ?? ''}
              />
            ))}
          </div>
        ))}
      </div>
      {doc.activities.length === 0 ? (
        <p className="empty-note grid__empty">No activities yet. Add the social media activities the room will assign.</p>
      ) : null}
      <button ref={addActivityRef} type="button" className="add-button add-button--activity" onClick={() => edit({ kind: 'new-activity' })}>
        + Add activity
      </button>
    </DelegatedDrag>
  );
}

import { memo } from 'react';
import type { Activity, Assignment, Department } from '../../domain/model';
import type { RoleDefinition } from '../../domain/roleSchemes';
import { StatusMark, type StatusKind } from '../../ui/StatusMark';
import { RoleCell } from './RoleCell';
import { useHighlight } from './useHighlight';
import { activityFocusKey } from './focusKeys';
import { useFocusRequest } from './useFocusRequest';
import type { RowCells } from './rowCells';

interface ActivityRowProps {
  readonly activity: Activity;
  readonly cells: RowCells;
  readonly roles: readonly RoleDefinition[];
  readonly armed: Department | undefined;
  readonly onPlace: (assignment: Assignment) => void;
  readonly onRemove: (assignment: Assignment) => void;
  readonly onEdit: (activityId: string) => void;
  readonly status: StatusKind;
  /** Text alternative of the status mark, e.g. "Checks: 1 error". */
  readonly statusLabel: string;
}

const noDepartments: readonly Department[] = [];

/** Memoised: `cells` keeps its identity while the row's content is unchanged (see indexRowCells). */
export const ActivityRow = memo(function ActivityRow(props: ActivityRowProps) {
  const { activity, cells, roles, armed, onPlace, onRemove, onEdit, status, statusLabel } = props;
  const { ref, lit } = useHighlight<HTMLDivElement>('activity', activity.id);
  const nameRef = useFocusRequest<HTMLButtonElement>(activityFocusKey(activity.id));
  return (
    <div ref={ref} className={`row${lit ? ' row--highlight' : ''}`} role="row" data-activity={activity.id} data-status={status}>
      <div className="row__head" role="rowheader">
        <span className="row__name">
          <StatusMark status={status} label={statusLabel} />
          <button ref={nameRef} type="button" className="activity-name" onClick={() => onEdit(activity.id)} title="Edit activity">
            <span>{activity.name}</span>
            <span className="visually-hidden">, edit activity</span>
          </button>
        </span>
        {activity.channel ? <span className="activity-channel">{activity.channel}</span> : null}
      </div>
      {roles.map((role) => (
        <div key={role.key} role="cell" className="row__cell">
          <RoleCell
            activityId={activity.id}
            activityName={activity.name}
            role={role}
            departments={cells.get(role.key) ?? noDepartments}
            armed={armed}
            onPlace={onPlace}
            onRemove={onRemove}
          />
        </div>
      ))}
    </div>
  );
});

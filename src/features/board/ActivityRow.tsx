import { memo } from 'react';
import type { Activity, Assignment, Department } from '../../domain/model';
import type { RoleDefinition } from '../../domain/roleSchemes';
import { RoleCell } from './RoleCell';
import type { RowCells } from './rowCells';

interface ActivityRowProps {
  readonly activity: Activity;
  readonly cells: RowCells;
  readonly roles: readonly RoleDefinition[];
  readonly armed: Department | undefined;
  readonly onPlace: (assignment: Assignment) => void;
  readonly onRemove: (assignment: Assignment) => void;
  readonly onEdit: (activityId: string) => void;
}

const noDepartments: readonly Department[] = [];

/** Memoised: `cells` keeps its identity while the row's content is unchanged (see indexRowCells). */
export const ActivityRow = memo(function ActivityRow({ activity, cells, roles, armed, onPlace, onRemove, onEdit }: ActivityRowProps) {
  return (
    <div className="row" role="row" data-activity={activity.id}>
      <div className="row__head" role="rowheader">
        <button type="button" className="activity-name" onClick={() => onEdit(activity.id)} title="Edit activity">
          <span>{activity.name}</span>
          <span className="visually-hidden">, edit activity</span>
        </button>
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

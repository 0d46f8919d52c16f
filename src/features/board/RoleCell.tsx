import type { Assignment, Department } from '../../domain/model';
import type { RoleDefinition } from '../../domain/roleSchemes';
import { cellDropId } from './dragModel';
import { DropZone } from './DropZone';
import { PlacedChip } from './PlacedChip';

interface RoleCellProps {
  readonly activityId: string;
  readonly activityName: string;
  readonly role: RoleDefinition;
  readonly departments: readonly Department[];
  readonly armed: Department | undefined;
  readonly onPlace: (assignment: Assignment) => void;
  readonly onRemove: (assignment: Assignment) => void;
}

export function RoleCell({ activityId, activityName, role, departments, armed, onPlace, onRemove }: RoleCellProps) {
  const name = `${activityName}, ${role.name}`;
  const place = armed ? () => onPlace({ activityId, departmentId: armed.id, role: role.key }) : undefined;
  return (
    // The click target for arm-and-click; keyboard users get the "Place" button below instead.
    <div role="group" aria-label={name} className={`cell${armed ? ' cell--armed' : ''}`} data-role={role.key} onClick={place}>
      <DropZone id={cellDropId(activityId, role.key)} target={{ kind: 'cell', activityId, role: role.key }} />
      {departments.length > 0 ? (
        <ul className="cell__chips">
          {departments.map((department) => (
            <PlacedChip
              key={department.id}
              department={department}
              role={role}
              assignment={{ activityId, departmentId: department.id, role: role.key }}
              cellName={name}
              onRemove={onRemove}
            />
          ))}
        </ul>
      ) : null}
      {armed ? (
        <button
          type="button"
          className="place-button"
          onClick={(event) => {
            event.stopPropagation();
            place?.();
          }}
        >
          Place {armed.name}<span className="visually-hidden"> in {name}</span>
        </button>
      ) : null}
    </div>
  );
}

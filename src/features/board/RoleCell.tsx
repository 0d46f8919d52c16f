import { leavingKey, type ChangeChoice, type IncomingChip } from '../../domain/compare/rowChanges';
import type { Assignment, Department } from '../../domain/model';
import type { RoleDefinition } from '../../domain/roleSchemes';
import { cellDropId, dropTargetAttributes } from './dragModel';
import { DropHighlight } from './DropHighlight';
import { cellFocusKey } from './focusKeys';
import { useFocusRequest } from './useFocusRequest';
import { IncomingChipMark } from './IncomingChipMark';
import { PlacedChip } from './PlacedChip';

interface RoleCellProps {
  readonly activityId: string;
  readonly activityName: string;
  readonly role: RoleDefinition;
  readonly departments: readonly Department[];
  readonly armed: Department | undefined;
  readonly onPlace: (assignment: Assignment) => void;
  readonly onRemove: (assignment: Assignment) => void;
  readonly spotlightId: string | undefined;
  /** A compared file's chips for this lane, and the chips it takes away (see rowChanges.ts). */
  readonly incoming: readonly IncomingChip[];
  readonly leaving: ReadonlyMap<string, ChangeChoice> | undefined;
}

export function RoleCell({ activityId, activityName, role, departments, armed, onPlace, onRemove, spotlightId, incoming, leaving }: RoleCellProps) {
  const name = `${activityName}, ${role.name}`;
  // Focusable from code only: where focus rests when the last chip of the cell is removed.
  const ref = useFocusRequest<HTMLDivElement>(cellFocusKey(activityId, role.key));
  const arriving = incoming.filter((chip) => chip.choice !== 'rejected');
  const place = armed ? () => onPlace({ activityId, departmentId: armed.id, role: role.key }) : undefined;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-label={name}
      className={`cell${armed ? ' cell--armed' : ''}`}
      {...dropTargetAttributes({ kind: 'cell', activityId, role: role.key })}
      style={{ ['--role-color' as string]: role.color }}
    >
      <DropHighlight targetId={cellDropId(activityId, role.key)} />
      {departments.length > 0 || arriving.length > 0 ? (
        <ul className="cell__chips">
          {departments.map((department) => (
            <PlacedChip
              key={department.id}
              department={department}
              role={role}
              assignment={{ activityId, departmentId: department.id, role: role.key }}
              cellName={name}
              onRemove={onRemove}
              dimmed={spotlightId !== undefined && spotlightId !== department.id}
              leaving={leaving?.get(leavingKey(department.id, role.key))}
            />
          ))}
          {arriving.map((chip) => (
            <IncomingChipMark key={chip.changeId} chip={chip} role={role} />
          ))}
        </ul>
      ) : null}
      {armed ? (
        // Covers the cell behind its chips, so a click anywhere in the cell places the armed department
        // without the row growing a line of buttons.
        <button type="button" className="place-button" onClick={place} aria-label={`Place ${armed.name} in ${name}`}>
          <span className="place-button__label" aria-hidden="true">+ {armed.name}</span>
        </button>
      ) : null}
    </div>
  );
}

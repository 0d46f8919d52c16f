import type { KeyboardEvent } from 'react';
import type { ChangeChoice } from '../../domain/compare/rowChanges';
import type { Assignment, Department } from '../../domain/model';
import type { RoleDefinition } from '../../domain/roleSchemes';
import { DepartmentChipFace } from './DepartmentChipFace';
import { dragSourceAttributes, placedDragId, type DragSource } from './dragModel';
import { DRAG_INSTRUCTIONS_ID } from './announcements';
import { useIsDragSource } from './dragState';
import { placedChipFocusKey } from './focusKeys';
import { useFocusRequest } from './useFocusRequest';

interface PlacedChipProps {
  readonly department: Department;
  readonly assignment: Assignment;
  readonly role: RoleDefinition;
  /** "Resolve customer complaints, Accountable", for the remove control's name. */
  readonly cellName: string;
  readonly onRemove: (assignment: Assignment) => void;
  /** Another department is in the spotlight: this chip steps back (still readable). */
  readonly dimmed: boolean;
  /** A compared file takes this chip away (or moves it to another lane); rejected leaves it as it is. */
  readonly leaving?: ChangeChoice;
}

export function PlacedChip({ department, assignment, role, cellName, onRemove, dimmed, leaving }: PlacedChipProps) {
  const source: DragSource = { kind: 'placed', assignment };
  // The grid's one drag activator (DelegatedDrag) picks this chip up by its data attributes.
  const isDragging = useIsDragSource(placedDragId(assignment));
  const ref = useFocusRequest<HTMLButtonElement>(placedChipFocusKey(assignment));
  const remove = () => onRemove(assignment);
  const handleKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      // Handled here: the grid's drag activator must not see it as a key for itself.
      event.stopPropagation();
      remove();
    }
  };
  const marked = leaving === 'pending' || leaving === 'accepted' ? leaving : undefined;
  // Named by its content (the face, then what the compared file does), so the name holds what the chip shows.
  const leavingWords = marked ? ` (${marked === 'accepted' ? 'to be removed' : 'removed'} in the compared file)` : '';
  return (
    <li className={['placed-chip', isDragging && 'placed-chip--dragging', dimmed && 'placed-chip--dimmed', marked && `placed-chip--leaving placed-chip--${marked}`].filter(Boolean).join(' ')}>
      <button
        ref={ref}
        type="button"
        className="chip-button"
        {...dragSourceAttributes(source)}
        onKeyDown={handleKeyDown}
        aria-describedby={DRAG_INSTRUCTIONS_ID}
        aria-roledescription="placed department"
        title={department.name}
        onClick={(event) => event.stopPropagation()}
      >
        <DepartmentChipFace department={department} role={role} />
        {leavingWords ? <span className="visually-hidden">{leavingWords}</span> : null}
      </button>
      <button
        type="button"
        className="remove-button"
        aria-label={`Remove ${department.name} from ${cellName}`}
        title="Remove"
        onClick={(event) => {
          event.stopPropagation();
          remove();
        }}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}

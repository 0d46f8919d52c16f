import { useDraggable } from '@dnd-kit/core';
import { useCallback, type KeyboardEvent } from 'react';
import type { Assignment, Department } from '../../domain/model';
import type { RoleDefinition } from '../../domain/roleSchemes';
import { DepartmentChipFace } from './DepartmentChipFace';
import { placedDragId, type DragSource } from './dragModel';
import { placedChipFocusKey } from './focusKeys';
import { useFocusRequest } from './useFocusRequest';

interface PlacedChipProps {
  readonly department: Department;
  readonly assignment: Assignment;
  readonly role: RoleDefinition;
  /** "Resolve customer complaints, Accountable", for the remove control's name. */
  readonly cellName: string;
  readonly onRemove: (assignment: Assignment) => void;
}

export function PlacedChip({ department, assignment, role, cellName, onRemove }: PlacedChipProps) {
  const source: DragSource = { kind: 'placed', assignment };
  const { setNodeRef, listeners, attributes, isDragging } = useDraggable({ id: placedDragId(assignment), data: source });
  const focusRef = useFocusRequest<HTMLButtonElement>(placedChipFocusKey(assignment));
  const ref = useCallback((node: HTMLButtonElement | null) => {
    setNodeRef(node);
    focusRef.current = node;
  }, [setNodeRef, focusRef]);
  const remove = () => onRemove(assignment);
  const handleKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      remove();
      return;
    }
    listeners?.onKeyDown?.(event);
  };
  return (
    <li className={`placed-chip${isDragging ? ' placed-chip--dragging' : ''}`}>
      <button
        ref={ref}
        type="button"
        className="chip-button"
        {...attributes}
        {...listeners}
        onKeyDown={handleKeyDown}
        aria-roledescription="placed department"
        title={department.name}
        onClick={(event) => event.stopPropagation()}
      >
        <DepartmentChipFace department={department} role={role} />
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

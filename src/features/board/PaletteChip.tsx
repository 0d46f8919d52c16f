import { useDraggable } from '@dnd-kit/core';
import type { Department } from '../../domain/model';
import { DepartmentChipFace } from './DepartmentChipFace';
import { paletteDragId, type DragSource } from './dragModel';

interface PaletteChipProps {
  readonly department: Department;
  readonly armed: boolean;
  readonly onArm: (departmentId: string) => void;
  readonly onEdit: (departmentId: string) => void;
}

export function PaletteChip({ department, armed, onArm, onEdit }: PaletteChipProps) {
  const source: DragSource = { kind: 'palette', departmentId: department.id };
  const { setNodeRef, listeners, attributes, isDragging } = useDraggable({ id: paletteDragId(department.id), data: source });
  return (
    <li className={`palette-chip${armed ? ' palette-chip--armed' : ''}${isDragging ? ' palette-chip--dragging' : ''}`}>
      <button
        ref={setNodeRef}
        type="button"
        className="chip-button"
        {...attributes}
        {...listeners}
        aria-pressed={armed}
        aria-roledescription="draggable department"
        title={department.description}
        onClick={() => onArm(department.id)}
      >
        <DepartmentChipFace department={department} />
      </button>
      <button type="button" className="icon-button" aria-label={`Edit ${department.name}`} title="Edit department" onClick={() => onEdit(department.id)}>
        <span aria-hidden="true">✎</span>
      </button>
    </li>
  );
}

import { memo } from 'react';
import type { Department } from '../../domain/model';
import { StatusMark, type StatusKind } from '../../ui/StatusMark';
import { DepartmentChipFace } from './DepartmentChipFace';
import { dragSourceAttributes, paletteDragId, type DragSource } from './dragModel';
import { DRAG_INSTRUCTIONS_ID } from './announcements';
import { useIsDragSource } from './dragState';
import { paletteChipFocusKey } from './focusKeys';
import { useFocusRequest } from './useFocusRequest';
import { useHighlight } from './useHighlight';

/** How much the department carries, shown while dragging so overload is seen before it happens. */
export interface ChipLoad {
  readonly status: StatusKind;
  readonly statusLabel: string;
  /** e.g. "R 3 · A 2" */
  readonly counts: string;
  /** e.g. "Responsible for 3 activities, accountable for 2" */
  readonly countsLabel: string;
}

interface PaletteChipProps {
  readonly department: Department;
  readonly armed: boolean;
  readonly load: ChipLoad;
  readonly onArm: (departmentId: string) => void;
  readonly onEdit: (departmentId: string) => void;
}

/** Memoised on what it shows: each edit makes new load objects, and most departments' loads stay the same. */
export const PaletteChip = memo(function PaletteChip({ department, armed, load, onArm, onEdit }: PaletteChipProps) {
  const source: DragSource = { kind: 'palette', departmentId: department.id };
  // The palette's one drag activator (DelegatedDrag) picks this chip up by its data attributes.
  const isDragging = useIsDragSource(paletteDragId(department.id));
  const chipRef = useFocusRequest<HTMLButtonElement>(paletteChipFocusKey(department.id));
  const { ref, lit } = useHighlight<HTMLLIElement>('department', department.id);
  const classes = ['palette-chip', armed && 'palette-chip--armed', isDragging && 'palette-chip--dragging', lit && 'palette-chip--highlight'];
  return (
    <li ref={ref} className={classes.filter(Boolean).join(' ')} data-status={load.status}>
      <button
        ref={chipRef}
        type="button"
        className="chip-button"
        {...dragSourceAttributes(source)}
        aria-describedby={DRAG_INSTRUCTIONS_ID}
        aria-pressed={armed}
        aria-roledescription="draggable department"
        title={department.description}
        onClick={() => onArm(department.id)}
      >
        <DepartmentChipFace department={department} />
      </button>
      <span className="chip-load">
        <span className="chip-load__counts" title={load.countsLabel}>
          <span aria-hidden="true">{load.counts}</span>
          <span className="visually-hidden">{load.countsLabel}</span>
        </span>
        <StatusMark status={load.status} label={load.statusLabel} />
      </span>
      <button type="button" className="icon-button" aria-label={`Edit ${department.name}`} title="Edit department" onClick={() => onEdit(department.id)}>
        <span aria-hidden="true">✎</span>
      </button>
    </li>
  );
}, (before, after) =>
  before.department === after.department &&
  before.armed === after.armed &&
  before.onArm === after.onArm &&
  before.onEdit === after.onEdit &&
  before.load.status === after.load.status &&
  before.load.statusLabel === after.load.statusLabel &&
  before.load.counts === after.load.counts &&
  before.load.countsLabel === after.load.countsLabel);

import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { RaciDocument } from '../../domain/model';
import { sourceDepartmentId } from './dragModel';
import type { DragState } from './dragState';
import { describeCell, describeSource } from './dropOutcome';

/**
 * The id of the instructions dnd-kit renders (the board's DndContext carries it as its id), which every
 * chip names as its description, so a screen reader says how to drag it by keyboard.
 */
export const DRAG_INSTRUCTIONS_ID = 'board-drag-instructions';

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To pick up a department, press Space. Use the arrow keys to move it from cell to cell, ' +
    'Space to drop it, Escape to cancel. Enter picks the department up for placing cell by cell with clicks or the Place buttons.',
};

/**
 * dnd-kit's defaults speak of ids; these name the department, the activity and the role. The drop itself
 * is described by the board (`lastDropMessage`), because by the time dnd-kit announces it the document
 * has already changed.
 */
export function boardAnnouncements(getDocument: () => RaciDocument, drag: DragState, lastDropMessage: () => string): Announcements {
  // What is dragged and where it is come from the board's drag state, which the board updates before
  // dnd-kit announces (dnd-kit itself knows no droppables here).
  const names = () => ({ doc: getDocument(), source: drag.source(), target: drag.target() });
  const departmentOf = (doc: RaciDocument, id: string) => doc.departments.find((d) => d.id === id)?.name ?? 'The department';

  return {
    onDragStart: () => {
      const { doc, source } = names();
      return source ? `Picked up ${describeSource(doc, source)}.` : undefined;
    },
    onDragOver: () => {
      const { doc, source, target } = names();
      if (!source) return undefined;
      const name = departmentOf(doc, sourceDepartmentId(source));
      if (!target) return `${name} is not over a cell.`;
      if (target.kind === 'palette') return `${name} is over the department palette.`;
      return `${name} is over ${describeCell(doc, target.activityId, target.role)}.`;
    },
    onDragEnd: () => lastDropMessage(),
    onDragCancel: () => lastDropMessage(),
  };
}

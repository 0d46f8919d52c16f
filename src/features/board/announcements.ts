import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { RaciDocument } from '../../domain/model';
import { isDragSource, isDropTarget, sourceDepartmentId } from './dragModel';
import { describeCell, describeSource, dropOutcome } from './dropOutcome';

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To pick up a department, press Space. Use the arrow keys to move it from cell to cell, ' +
    'Space to drop it, Escape to cancel. Enter arms the department for placing with clicks.',
};

/**
 * dnd-kit's defaults speak of ids; these name the department, the activity and the role. The drop itself
 * is described by the board (`lastDropMessage`), because by the time dnd-kit announces it the document
 * has already changed.
 */
export function boardAnnouncements(getDocument: () => RaciDocument, lastDropMessage: () => string): Announcements {
  const names = (active: { data: { current?: unknown } }, over: { data: { current?: unknown } } | null) => {
    const doc = getDocument();
    const source = active.data.current;
    const target = over?.data.current;
    return { doc, source: isDragSource(source) ? source : undefined, target: isDropTarget(target) ? target : undefined };
  };
  const departmentOf = (doc: RaciDocument, id: string) => doc.departments.find((d) => d.id === id)?.name ?? 'The department';

  return {
    onDragStart: ({ active }) => {
      const { doc, source } = names(active, null);
      return source ? `Picked up ${describeSource(doc, source)}.` : undefined;
    },
    onDragOver: ({ active, over }) => {
      const { doc, source, target } = names(active, over);
      if (!source) return undefined;
      const name = departmentOf(doc, sourceDepartmentId(source));
      if (!target) return `${name} is not over a cell.`;
      if (target.kind === 'palette') return `${name} is over the department palette.`;
      return `${name} is over ${describeCell(doc, target.activityId, target.role)}.`;
    },
    onDragEnd: () => lastDropMessage(),
    onDragCancel: ({ active }) => {
      const { doc, source } = names(active, null);
      return source ? `Cancelled. ${dropOutcome(doc, source, undefined).message}` : undefined;
    },
  };
}

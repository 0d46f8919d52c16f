import { useDroppable } from '@dnd-kit/core';
import type { DropTarget } from './dragModel';

interface DropZoneProps {
  readonly id: string;
  readonly target: DropTarget;
}

/**
 * The droppable is this empty layer over its cell, not the cell itself: dnd-kit re-renders every droppable
 * on each hover change, so the hook lives where a re-render costs one div.
 */
export function DropZone({ id, target }: DropZoneProps) {
  const { setNodeRef, isOver } = useDroppable({ id, data: target });
  return <div ref={setNodeRef} className={isOver ? 'drop-zone drop-zone--over' : 'drop-zone'} aria-hidden="true" />;
}

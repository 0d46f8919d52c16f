import type { CollisionDetection } from '@dnd-kit/core';
import { dropTargetId, dropTargetOf, isDropTarget, type DropTarget } from './dragModel';

/** The cell or palette under a point of the viewport, read from the page itself. */
export function dropTargetAt(x: number, y: number): DropTarget | undefined {
  const element = document.elementFromPoint(x, y);
  return element ? dropTargetOf(element) : undefined;
}

/**
 * The board registers no droppables with dnd-kit (each would re-render on every pointer move); the drop
 * target is whatever the page shows under the pointer, or, for a keyboard drag, under the middle of the
 * dragged chip (the keyboard moves it from cell to cell). The drag overlay lets the pointer through.
 * The collision's id is the target's own, so dnd-kit's "over" events still fire once per new cell.
 */
export const hitTestCollision: CollisionDetection = ({ pointerCoordinates, collisionRect }) => {
  const point = pointerCoordinates ?? { x: collisionRect.left + collisionRect.width / 2, y: collisionRect.top + collisionRect.height / 2 };
  const target = dropTargetAt(point.x, point.y);
  return target ? [{ id: dropTargetId(target), data: { target } }] : [];
};

/** The target a collision list names (the board's own collisions carry it as data). */
export function collisionTarget(collisions: readonly { data?: Record<string, unknown> }[] | null): DropTarget | undefined {
  const target: unknown = collisions?.[0]?.data?.target;
  return isDropTarget(target) ? target : undefined;
}

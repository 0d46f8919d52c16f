import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';

const directions: Readonly<Record<string, { dx: number; dy: number }>> = {
  [KeyboardCode.Right]: { dx: 1, dy: 0 },
  [KeyboardCode.Left]: { dx: -1, dy: 0 },
  [KeyboardCode.Down]: { dx: 0, dy: 1 },
  [KeyboardCode.Up]: { dx: 0, dy: -1 },
};

/**
 * Arrow keys jump from cell to cell instead of nudging 25 px: the nearest drop target in the arrow's
 * direction, preferring ones in the same row (or lane) over ones merely closer.
 */
export const cellKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const direction = directions[event.code];
  if (!direction) return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!collisionRect) return currentCoordinates;
  const cx = collisionRect.left + collisionRect.width / 2;
  const cy = collisionRect.top + collisionRect.height / 2;

  let best: { left: number; top: number; width: number; height: number } | undefined;
  let bestScore = Infinity;
  for (const container of droppableContainers.getEnabled()) {
    if (container.id === over?.id) continue;
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const dx = rect.left + rect.width / 2 - cx;
    const dy = rect.top + rect.height / 2 - cy;
    const along = dx * direction.dx + dy * direction.dy;
    if (along <= 1) continue;
    const across = Math.abs(dx * direction.dy + dy * direction.dx);
    // Straying sideways costs more than going far, so Down stays in its lane and Right in its row.
    const score = along + across * 4;
    if (score < bestScore) {
      bestScore = score;
      best = rect;
    }
  }
  if (!best) return currentCoordinates;
  return {
    x: best.left + best.width / 2 - collisionRect.width / 2,
    y: best.top + best.height / 2 - collisionRect.height / 2,
  };
};

const directions: Readonly<Record<string, { dx: number; dy: number }>> = {
  ArrowRight: { dx: 1, dy: 0 },
  ArrowLeft: { dx: -1, dy: 0 },
  ArrowDown: { dx: 0, dy: 1 },
  ArrowUp: { dx: 0, dy: -1 },
};

interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The cell an arrow key leads to from `from` (the dragged chip's box): the nearest cell box in the arrow's
 * direction, where straying sideways costs more than going far, so Down stays in its lane and Right in
 * its row.
 */
export function nextCellBox<T extends Box>(from: Box, cells: readonly T[], code: string): T | undefined {
  const direction = directions[code];
  if (!direction) return undefined;
  const cx = from.left + from.width / 2;
  const cy = from.top + from.height / 2;
  let best: T | undefined;
  let bestScore = Infinity;
  for (const box of cells) {
    // The cell the chip's middle is in is the one it is over, not the next one.
    const inside = cx >= box.left && cx <= box.left + box.width && cy >= box.top && cy <= box.top + box.height;
    const dx = box.left + box.width / 2 - cx;
    const dy = box.top + box.height / 2 - cy;
    const along = dx * direction.dx + dy * direction.dy;
    if (inside || along <= 1) continue;
    const across = Math.abs(dx * direction.dy + dy * direction.dx);
    const score = along + across * 4;
    if (score < bestScore) {
      bestScore = score;
      best = box;
    }
  }
  return best;
}

/**
 * Where an arrow key takes the dragged chip (its box `from`): the top-left corner that centres it on the
 * next cell, or undefined for other keys and at the matrix's edge. The cells are read from the page (the
 * board registers no droppables, and a long matrix renders only the rows near the view); the cell an arrow
 * reaches is scrolled into view first, so the rows beyond it get rendered before the next arrow.
 */
export function cellCoordinatesFor(code: string, from: Box): { x: number; y: number } | undefined {
  const cells = [...document.querySelectorAll<HTMLElement>('[data-drop="cell"]')].map((element) => {
    const { left, top, width, height } = element.getBoundingClientRect();
    return { element, left, top, width, height };
  });
  const next = nextCellBox(from, cells, code);
  if (!next) return undefined;
  next.element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const box = next.element.getBoundingClientRect();
  return { x: box.left + box.width / 2 - from.width / 2, y: box.top + box.height / 2 - from.height / 2 };
}

import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';

export interface ColumnRange {
  readonly first: number;
  readonly last: number;
}

/** Department columns rendered beyond each side of the view: enough for a step of the arrow keys or the wheel. */
const OVERSCAN_COLUMNS = 2;

/**
 * The department columns near the view, for a matrix whose rows are windowed: a row then renders those
 * cells and one empty cell for the columns on each side, as a projector shows 6 to 10 of 30 departments.
 * The header row holds every column (and the sizer row their widths), so where each one is is read from it.
 */
export function useColumnWindow(frameRef: RefObject<HTMLElement | null>, headerRef: RefObject<HTMLTableRowElement | null>, count: number, windowed: boolean): ColumnRange {
  const around = useCallback((): ColumnRange => {
    const frame = frameRef.current?.getBoundingClientRect();
    const cells = headerRef.current?.cells;
    if (!windowed || !frame || !cells) return { first: 0, last: count - 1 };
    // What the sticky activity column leaves of the frame.
    const left = frame.left + (cells[0]?.getBoundingClientRect().width ?? 0);
    let first = count;
    let last = -1;
    for (let col = 0; col < count; col += 1) {
      const box = cells[col + 1]?.getBoundingClientRect();
      if (box && box.right > left && box.left < frame.right) {
        first = Math.min(first, col);
        last = col;
      }
    }
    // Nothing laid out (a test's DOM): every column.
    if (last < 0) return { first: 0, last: count - 1 };
    return { first: Math.max(0, first - OVERSCAN_COLUMNS), last: Math.min(count - 1, last + OVERSCAN_COLUMNS) };
  }, [frameRef, headerRef, count, windowed]);

  const [range, setRange] = useState<ColumnRange>({ first: 0, last: count - 1 });
  const update = useCallback(() => setRange((current) => {
    const next = around();
    return next.first === current.first && next.last === current.last ? current : next;
  }), [around]);
  useLayoutEffect(update, [update]);

  // Scrolling sideways moves the view, and so does the frame changing size.
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame || !windowed) return undefined;
    let scrollLeft = frame.scrollLeft;
    const onScroll = () => {
      if (frame.scrollLeft === scrollLeft) return;
      scrollLeft = frame.scrollLeft;
      update();
    };
    frame.addEventListener('scroll', onScroll, { passive: true });
    const resized = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    resized?.observe(frame);
    return () => {
      frame.removeEventListener('scroll', onScroll);
      resized?.disconnect();
    };
  }, [frameRef, windowed, update]);

  return { first: Math.min(range.first, count - 1), last: Math.min(range.last, count - 1) };
}

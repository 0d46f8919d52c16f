import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { usePrinting } from './usePrinting';

/**
 * A matrix this long or longer renders only the rows near the view. A workshop's 20-40 rows render whole:
 * the browser's own find, printing and Tab order then see every row, and there is nothing to gain.
 */
export const WINDOW_FROM_ROWS = 60;
/** Rows rendered beyond each edge of the view, in pixels: enough for a fast wheel turn or a keyboard step. */
const OVERSCAN_PX = 960;

export interface RowWindowOptions {
  /** Every row, whatever the view: while a picture of the matrix is taken (the store's whole-matrix flag). */
  readonly whole: boolean;
  /** A row rendered wherever the view is (the one holding the focus), so its element outlives a scroll. */
  readonly keep?: number;
  /** Pixels rendered beyond each edge of the view (960 by default). */
  readonly overscanPx?: number;
}

export interface WindowRow {
  readonly key: string;
  /** A guess until the row has been on screen and measured. */
  readonly estimatedHeight: number;
  /** Group headers stay rendered while their group is in view, so the sticky header keeps its name. */
  readonly sticky?: boolean;
}

/** What to render, in order: rows by index, and empty space standing in for the rows in between. */
export type WindowSlot = { readonly kind: 'row'; readonly index: number } | { readonly kind: 'space'; readonly key: string; readonly height: number };

interface Range {
  readonly first: number;
  readonly last: number;
}

function sameRange(a: Range, b: Range): boolean {
  return a.first === b.first && a.last === b.last;
}

/** The top of each row and, last, the total height. */
function rowOffsets(rows: readonly WindowRow[], heights: ReadonlyMap<string, number>): number[] {
  const tops = [0];
  let top = 0;
  for (const row of rows) {
    top += heights.get(row.key) ?? row.estimatedHeight;
    tops.push(top);
  }
  return tops;
}

/**
 * Windowing for a long table (the board's grid, the matrix view), small on purpose (the start-up script budget leaves no room for a
 * library): heights are measured as rows appear, estimated before; the slots say which rows to render and
 * how much space stands in for the rest. Chromium's scroll anchoring keeps the view still when a row
 * measured above it turns out taller than its guess.
 *
 * Measured heights are kept outside React state, because a measurement alone changes nothing on screen:
 * only rendered rows are measured, and the spaces stand for rows that are not. A chip dropped into a row
 * grows it without a second render of the grid; the heights are read when the range or the rows change.
 */
export function useRowWindow(frameRef: RefObject<HTMLElement | null>, rowsTopRef: RefObject<HTMLElement | null>, rows: readonly WindowRow[], { whole, keep = -1, overscanPx = OVERSCAN_PX }: RowWindowOptions) {
  // Paper and a picture (Export PNG) show every row, not the ones near the view.
  const printing = usePrinting();
  const everything = printing || whole;
  const windowed = rows.length >= WINDOW_FROM_ROWS && !everything;
  // One object for the life of the grid: the heights, and the latest `update` for the observer to call.
  const [measured] = useState(() => ({ heights: new Map<string, number>(), update: () => {} }));

  /** The rows from `margin` px above the view to `margin` px under it. */
  const rangeAround = useCallback((margin: number): Range => {
    const frame = frameRef.current;
    if (!windowed || !frame) return { first: 0, last: rows.length - 1 };
    const offsets = rowOffsets(rows, measured.heights);
    const rowsTop = rowsTopRef.current?.offsetTop ?? 0;
    const viewTop = frame.scrollTop - rowsTop - margin;
    const viewBottom = frame.scrollTop - rowsTop + (frame.clientHeight || window.innerHeight) + margin;
    let first = 0;
    while (first < rows.length - 1 && (offsets[first + 1] ?? 0) <= viewTop) first += 1;
    let last = first;
    while (last < rows.length - 1 && (offsets[last + 1] ?? 0) < viewBottom) last += 1;
    return { first, last };
  }, [frameRef, rowsTopRef, windowed, rows, measured]);

  const [range, setRange] = useState<Range>(() => (windowed ? { first: 0, last: Math.min(rows.length - 1, 24) } : { first: 0, last: rows.length - 1 }));
  // A new range only once the view nears the edge of what is rendered, and then a whole overscan's worth:
  // scrolling renders rows in a few larger steps rather than a few rows on every frame.
  const update = useCallback(() => setRange((current) => {
    const needed = rangeAround(overscanPx / 4);
    if (current.first <= needed.first && current.last >= needed.last) return current;
    const next = rangeAround(overscanPx);
    return sameRange(current, next) ? current : next;
  }), [rangeAround, overscanPx]);

  useLayoutEffect(() => {
    measured.update = update;
    update();
  }, [measured, update]);

  // Back from paper or a picture, which drew every row: the range starts again from the view, rather than keeping them all.
  const [wasEverything, setWasEverything] = useState(false);
  if (wasEverything !== everything) {
    setWasEverything(everything);
    if (!everything) setRange(rangeAround(overscanPx));
  }

  const observer = useMemo(() => {
    if (!windowed || typeof ResizeObserver === 'undefined') return undefined;
    return new ResizeObserver((entries) => {
      for (const entry of entries) {
        const element = entry.target as HTMLElement;
        const key = element.dataset.windowKey;
        if (key !== undefined && element.offsetHeight > 0) measured.heights.set(key, element.offsetHeight);
      }
      // A row that shrank can bring rows into view that are not rendered yet.
      measured.update();
    });
  }, [windowed, measured]);
  useEffect(() => () => observer?.disconnect(), [observer]);

  // Scrolling moves the view; so does the frame changing size (a window resize, the Checks panel opening
  // under the board), which the observer sees, as it sees each rendered row.
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame || !windowed) return undefined;
    frame.addEventListener('scroll', update, { passive: true });
    observer?.observe(frame);
    return () => {
      frame.removeEventListener('scroll', update);
      observer?.unobserve(frame);
    };
  }, [frameRef, windowed, update, observer]);

  /** Put on each rendered row (with `data-window-key`), so its height replaces the guess. */
  const measure = useCallback((element: HTMLElement | null) => {
    if (!element || !observer) return undefined;
    observer.observe(element);
    return () => observer.unobserve(element);
  }, [observer]);

  const first = Math.max(0, Math.min(range.first, rows.length - 1));
  const last = Math.min(range.last, rows.length - 1);
  const slots = useMemo((): WindowSlot[] => {
    if (!windowed) return rows.map((_, index) => ({ kind: 'row', index }));
    const offsets = rowOffsets(rows, measured.heights);
    const indices: number[] = [];
    let sticky = -1;
    for (let i = first; i >= 0; i -= 1) {
      if (rows[i]?.sticky) {
        sticky = i;
        break;
      }
    }
    // In order: the sticky header and the kept row where they are above the range, the range, the kept row below it.
    for (const index of new Set([sticky, keep].filter((i) => i >= 0 && i < first).sort((a, b) => a - b))) indices.push(index);
    for (let i = first; i <= last; i += 1) indices.push(i);
    if (keep > last && keep < rows.length) indices.push(keep);
    const result: WindowSlot[] = [];
    let at = 0;
    for (const index of indices) {
      if (index > at) result.push({ kind: 'space', key: `space-${at}`, height: (offsets[index] ?? 0) - (offsets[at] ?? 0) });
      result.push({ kind: 'row', index });
      at = index + 1;
    }
    if (at < rows.length) result.push({ kind: 'space', key: 'space-end', height: (offsets[rows.length] ?? 0) - (offsets[at] ?? 0) });
    return result;
  }, [windowed, rows, first, last, keep, measured]);

  /** Scrolls so that row `index` is rendered and roughly centred; the row itself then refines it. */
  const scrollToRow = useCallback((index: number) => {
    const frame = frameRef.current;
    if (!frame || index < 0) return;
    const offsets = rowOffsets(rows, measured.heights);
    const rowsTop = rowsTopRef.current?.offsetTop ?? 0;
    const top = offsets[index] ?? 0;
    const height = (offsets[index + 1] ?? top) - top;
    frame.scrollTop = Math.max(0, rowsTop + top + height / 2 - frame.clientHeight / 2);
    update();
  }, [frameRef, rowsTopRef, rows, measured, update]);

  return { windowed, slots, measure, scrollToRow };
}

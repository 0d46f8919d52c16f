import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';

/**
 * A matrix this long or longer renders only the rows near the view. A workshop's 20-40 rows render whole:
 * the browser's own find, printing and Tab order then see every row, and there is nothing to gain.
 */
export const WINDOW_FROM_ROWS = 60;
/** Rows rendered beyond each edge of the view, in pixels: enough for a fast wheel turn or a keyboard step. */
const OVERSCAN_PX = 960;

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

interface View extends Range {
  /** The row heights the rendered slots were laid out with. */
  readonly heights: ReadonlyMap<string, number>;
}

/**
 * Windowing for the activity grid, small on purpose (the start-up script budget leaves no room for a
 * library): heights are measured as rows appear, estimated before; the slots say which rows to render and
 * how much space stands in for the rest. Chromium's scroll anchoring keeps the view still when a row
 * measured above it turns out taller than its guess.
 *
 * A measurement alone never re-renders: only rendered rows are measured, and the spaces stand for rows
 * that are not, so a chip dropped into a row (which grows it) changes nothing the slots say. Measurements
 * are kept aside and taken into the view when the range moves or the rows change.
 */
export function useRowWindow(frameRef: RefObject<HTMLDivElement | null>, rowsTopRef: RefObject<HTMLElement | null>, rows: readonly WindowRow[]) {
  const windowed = rows.length >= WINDOW_FROM_ROWS;
  const measured = useRef(new Map<string, number>());
  const unseenMeasures = useRef(false);
  const [view, setView] = useState<View>(() => ({
    first: 0,
    last: windowed ? Math.min(rows.length - 1, 24) : rows.length - 1,
    heights: new Map(),
  }));
  const viewRef = useRef(view);
  const offsets = useMemo(() => rowOffsets(rows, view.heights), [rows, view.heights]);

  /** The rows from `margin` px above the view to `margin` px under it, by the latest measurements. */
  const rangeAround = useCallback((margin: number, tops: readonly number[]): Range => {
    const frame = frameRef.current;
    if (!windowed || !frame) return { first: 0, last: rows.length - 1 };
    const rowsTop = rowsTopRef.current?.offsetTop ?? 0;
    const viewTop = frame.scrollTop - rowsTop - margin;
    const viewBottom = frame.scrollTop - rowsTop + (frame.clientHeight || window.innerHeight) + margin;
    let first = 0;
    while (first < rows.length - 1 && (tops[first + 1] ?? 0) <= viewTop) first += 1;
    let last = first;
    while (last < rows.length - 1 && (tops[last + 1] ?? 0) < viewBottom) last += 1;
    return { first, last };
  }, [frameRef, rowsTopRef, windowed, rows.length]);

  // A new range only once the view nears the edge of what is rendered, and then a whole overscan's worth:
  // scrolling renders rows in a few larger steps rather than a few rows on every frame. `takeMeasures`
  // (the rows changed) lays the slots out again with what was measured since.
  const update = useCallback((takeMeasures = false) => {
    const current = viewRef.current;
    const tops = rowOffsets(rows, measured.current);
    const needed = rangeAround(OVERSCAN_PX / 4, tops);
    const covered = current.first <= needed.first && current.last >= needed.last;
    if (covered && !(takeMeasures && unseenMeasures.current)) return;
    const next = covered ? current : rangeAround(OVERSCAN_PX, tops);
    if (sameRange(current, next) && !unseenMeasures.current) return;
    unseenMeasures.current = false;
    viewRef.current = { first: next.first, last: next.last, heights: new Map(measured.current) };
    setView(viewRef.current);
  }, [rows, rangeAround]);

  useLayoutEffect(() => update(true), [update]);
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame || !windowed) return;
    const onMove = () => update();
    frame.addEventListener('scroll', onMove, { passive: true });
    window.addEventListener('resize', onMove);
    return () => {
      frame.removeEventListener('scroll', onMove);
      window.removeEventListener('resize', onMove);
    };
  }, [frameRef, windowed, update]);

  // The observer outlives renders; it reaches the latest `update` through a ref.
  const updateRef = useRef(update);
  useLayoutEffect(() => {
    updateRef.current = update;
  }, [update]);
  const observer = useMemo(() => {
    if (!windowed || typeof ResizeObserver === 'undefined') return undefined;
    return new ResizeObserver((entries) => {
      for (const entry of entries) {
        const element = entry.target as HTMLElement;
        const key = element.dataset.windowKey;
        const height = element.offsetHeight;
        if (key === undefined || height === 0 || measured.current.get(key) === height) continue;
        measured.current.set(key, height);
        unseenMeasures.current = true;
      }
      // A row that shrank can bring rows into view that are not rendered yet.
      updateRef.current();
    });
  }, [windowed]);
  useEffect(() => () => observer?.disconnect(), [observer]);

  /** Put on each rendered row (with `data-window-key`), so its height replaces the guess. */
  const measure = useCallback((element: HTMLElement | null) => {
    if (element && observer) observer.observe(element);
  }, [observer]);

  const first = Math.max(0, Math.min(view.first, rows.length - 1));
  const last = Math.min(view.last, rows.length - 1);
  const slots = useMemo((): WindowSlot[] => {
    if (!windowed) return rows.map((_, index) => ({ kind: 'row', index }));
    const indices: number[] = [];
    let sticky = -1;
    for (let i = first; i >= 0; i -= 1) {
      if (rows[i]?.sticky) {
        sticky = i;
        break;
      }
    }
    if (sticky >= 0 && sticky < first) indices.push(sticky);
    for (let i = first; i <= last; i += 1) indices.push(i);
    const result: WindowSlot[] = [];
    let at = 0;
    for (const index of indices) {
      if (index > at) result.push({ kind: 'space', key: `space-${at}`, height: (offsets[index] ?? 0) - (offsets[at] ?? 0) });
      result.push({ kind: 'row', index });
      at = index + 1;
    }
    if (at < rows.length) result.push({ kind: 'space', key: 'space-end', height: (offsets[rows.length] ?? 0) - (offsets[at] ?? 0) });
    return result;
  }, [windowed, rows, first, last, offsets]);

  /** Scrolls so that row `index` is rendered and roughly centred; the row itself then refines it. */
  const scrollToRow = useCallback((index: number) => {
    const frame = frameRef.current;
    if (!frame || index < 0) return;
    const rowsTop = rowsTopRef.current?.offsetTop ?? 0;
    const tops = rowOffsets(rows, measured.current);
    const top = tops[index] ?? 0;
    const height = (tops[index + 1] ?? top) - top;
    frame.scrollTop = Math.max(0, rowsTop + top + height / 2 - frame.clientHeight / 2);
    update();
  }, [frameRef, rowsTopRef, rows, update]);

  return { windowed, slots, measure, scrollToRow };
}

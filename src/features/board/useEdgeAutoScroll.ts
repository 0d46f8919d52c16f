import { useEffect, useMemo, type RefObject } from 'react';
import type { DragState } from './dragState';
import { dropTargetAt } from './dropHitTest';

/** How far from the grid's top and bottom edges holding a chip starts to scroll. */
const EDGE_BAND_PX = 64;
/** A chip dropped on a row at the edge must land there: scrolling starts only once it is held in the band. */
const HOLD_MS = 200;
const SLOWEST_PX_PER_S = 60;
// Fast enough to cross 200 rows (some 16,000 px) in under 3 s when held right at the edge.
const FASTEST_PX_PER_S = 12000;
/** Holding at the edge picks up speed over this long, so a short touch of the band only nudges. */
const RAMP_MS = 1000;

interface Point {
  readonly x: number;
  readonly y: number;
}

function pointOf(event: Event | null): Point | undefined {
  const at = event instanceof MouseEvent ? event : event && 'touches' in event ? (event as TouchEvent).touches[0] : undefined;
  return at ? { x: at.clientX, y: at.clientY } : undefined;
}

/**
 * Scrolls the grid while a dragged chip is held near its top or bottom edge: slowly at the band's inner
 * side, faster the closer to the edge and the longer it is held, as people know from file managers and
 * spreadsheets. After each step the chip may be over another cell without the pointer having moved, so
 * the drop target is looked up again.
 */
export function useEdgeAutoScroll(frameRef: RefObject<HTMLDivElement | null>, drag: DragState) {
  const scroller = useMemo(() => {
    let pointer: Point | undefined;
    let frame = 0;
    let lastTime = 0;
    let heldSince = 0;
    const track = (event: Event) => {
      pointer = pointOf(event) ?? pointer;
    };
    const step = (now: number) => {
      frame = requestAnimationFrame(step);
      const seconds = lastTime ? Math.min(now - lastTime, 50) / 1000 : 0;
      lastTime = now;
      const grid = frameRef.current;
      if (!grid || !pointer) return;
      const rect = grid.getBoundingClientRect();
      const band = Math.min(EDGE_BAND_PX, rect.height / 4);
      const intoBottom = pointer.y - (rect.bottom - band);
      const intoTop = rect.top + band - pointer.y;
      const depth = intoBottom > 0 ? Math.min(1, intoBottom / band) : intoTop > 0 ? -Math.min(1, intoTop / band) : 0;
      if (depth === 0 || pointer.x < rect.left || pointer.x > rect.right) {
        heldSince = 0;
        return;
      }
      heldSince ||= now;
      const held = now - heldSince - HOLD_MS;
      if (held < 0) return;
      const ramp = Math.min(1, 0.3 + held / RAMP_MS);
      const speed = SLOWEST_PX_PER_S + (FASTEST_PX_PER_S - SLOWEST_PX_PER_S) * depth * depth * ramp;
      const before = grid.scrollTop;
      grid.scrollTop = before + Math.sign(depth) * speed * seconds;
      if (grid.scrollTop !== before) drag.hover(dropTargetAt(pointer.x, pointer.y));
    };
    const stop = () => {
      cancelAnimationFrame(frame);
      frame = 0;
      window.removeEventListener('mousemove', track, true);
      window.removeEventListener('touchmove', track, true);
      pointer = undefined;
    };
    const start = (activatorEvent: Event | null) => {
      stop();
      pointer = pointOf(activatorEvent);
      lastTime = 0;
      heldSince = 0;
      window.addEventListener('mousemove', track, { capture: true, passive: true });
      window.addEventListener('touchmove', track, { capture: true, passive: true });
      frame = requestAnimationFrame(step);
    };
    return { start, stop };
  }, [frameRef, drag]);
  useEffect(() => scroller.stop, [scroller]);
  return scroller;
}

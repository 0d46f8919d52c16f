import { useLayoutEffect, type RefObject } from 'react';

/**
 * Group headers stick just below the grid's column headers, whose height is not fixed: lane names wrap on
 * a tablet, Find takes a second line beside a narrow activity column, zoom changes everything. The frame
 * carries the header's real height as `--grid-header-height` for the sticky offsets and scroll margins.
 * Set on the element, not through state: a resize re-renders nothing.
 */
export function useStickyHeaderHeight(headerRef: RefObject<HTMLElement | null>, frameRef: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const header = headerRef.current;
    const frame = frameRef.current;
    if (!header || !frame) return undefined;
    const apply = () => frame.style.setProperty('--grid-header-height', `${header.offsetHeight}px`);
    apply();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(apply);
    observer.observe(header);
    return () => observer.disconnect();
  }, [headerRef, frameRef]);
}

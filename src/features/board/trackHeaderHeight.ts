/**
 * Group headers stick just below the grid's column headers, whose height is not fixed: lane names wrap on
 * a tablet, Find takes a second line beside a narrow activity column, zoom changes everything. As the
 * header's ref, this keeps its real height in `--grid-header-height` on the scroll frame, for the sticky
 * offsets and scroll margins; set on the element, not through state, so a resize re-renders nothing.
 */
export function trackHeaderHeight(header: HTMLElement | null): (() => void) | undefined {
  const frame = header?.closest<HTMLElement>('.grid');
  if (!header || !frame || typeof ResizeObserver === 'undefined') return undefined;
  const observer = new ResizeObserver(() => frame.style.setProperty('--grid-header-height', `${header.offsetHeight}px`));
  observer.observe(header);
  return () => observer.disconnect();
}

import type { useDraggable } from '@dnd-kit/core';
import { useLayoutEffect, useRef } from 'react';

type Transform = NonNullable<ReturnType<typeof useDraggable>['transform']>;

interface Floating {
  readonly frame: HTMLElement;
  readonly origin: DOMRect;
  readonly scroller: Element | undefined;
  readonly scrollTop: number;
  readonly scrollLeft: number;
}


/**
 * The chip that follows the pointer while dragging: a copy of the pressed chip, fixed over the page and
 * moved by the drag's offset, written straight to the DOM (no React render per move; the palette and the
 * grid both clip their own chips, so the chip itself cannot travel). dnd-kit's offset includes how far the
 * chip's own list has scrolled since the start, so the copy starts from where the chip is now, not where
 * it was.
 */
export function useFloatingCopy(chip: HTMLElement | null, transform: Transform | null): void {
  const floating = useRef<Floating | undefined>(undefined);
  useLayoutEffect(() => {
    if (!chip) return;
    const origin = chip.getBoundingClientRect();
    const copy = chip.cloneNode(true) as HTMLElement;
    copy.removeAttribute('id');
    copy.removeAttribute('data-drag');
    copy.tabIndex = -1;
    const frame = document.createElement('div');
    frame.className = 'drag-overlay';
    frame.setAttribute('aria-hidden', 'true');
    Object.assign(frame.style, { left: `${origin.left}px`, top: `${origin.top}px`, width: `${origin.width}px` });
    frame.append(copy);
    document.body.append(frame);
    // The two lists chips are dragged from, each its own scroll frame.
    const scroller = chip.parentElement?.closest('.grid, .palette') ?? undefined;
    floating.current = { frame, origin, scroller, scrollTop: scroller?.scrollTop ?? 0, scrollLeft: scroller?.scrollLeft ?? 0 };
    return () => {
      frame.remove();
      floating.current = undefined;
    };
  }, [chip]);
  useLayoutEffect(() => {
    const current = floating.current;
    if (!current || !transform) return;
    const { frame, origin, scroller } = current;
    const left = origin.left - ((scroller?.scrollLeft ?? 0) - current.scrollLeft);
    const top = origin.top - ((scroller?.scrollTop ?? 0) - current.scrollTop);
    frame.style.transform = `translate3d(${left - origin.left + transform.x}px, ${top - origin.top + transform.y}px, 0)`;
  }, [transform]);
}

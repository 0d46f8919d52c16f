import { useEffect, useState, type RefObject } from 'react';

export interface OutOfView {
  readonly above: number;
  readonly below: number;
}

const NONE: OutOfView = { above: 0, below: 0 };

/**
 * How many of a scrolling container's items are not wholly in view, above and below: a palette with more
 * departments than fit says so at its edge, rather than leaving the last ones to be guessed. Once it says
 * so, its note covers `noteHeight` of the container's foot, and an item under the note counts as out of view
 * too (the count only grows then, so the note does not flicker in and out).
 */
export function useOutOfView(containerRef: RefObject<HTMLElement | null>, itemSelector: string, itemsKey: string, noteHeight: number): OutOfView {
  const [outOfView, setOutOfView] = useState<OutOfView>(NONE);
  const bottomCover = outOfView.below > 0 ? noteHeight : 0;
  useEffect(() => {
    const container = containerRef.current;
    if (!container || typeof IntersectionObserver !== 'function') return undefined;
    const hidden = new Map<Element, 'above' | 'below' | undefined>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const whole = entry.intersectionRatio >= 0.99;
          const rootTop = entry.rootBounds?.top ?? 0;
          hidden.set(entry.target, whole ? undefined : entry.boundingClientRect.top < rootTop ? 'above' : 'below');
        }
        const states = [...hidden.values()];
        const next = { above: states.filter((s) => s === 'above').length, below: states.filter((s) => s === 'below').length };
        setOutOfView((now) => (now.above === next.above && now.below === next.below ? now : next));
      },
      { root: container, rootMargin: `0px 0px -${bottomCover}px 0px`, threshold: [0, 0.99, 1] },
    );
    for (const item of container.querySelectorAll(itemSelector)) observer.observe(item);
    return () => observer.disconnect();
  }, [containerRef, itemSelector, itemsKey, bottomCover]);
  return outOfView;
}

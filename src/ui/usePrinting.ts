import { useEffect, useState } from 'react';

/** True while the browser prints: paper shows everything, not only what is near the view. */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // The print events where a browser sends them, the print media query where it changes instead.
    // (Optional: a page without media queries, as in a test's DOM, still has the events.)
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
    const start = () => setPrinting(true);
    const stop = () => setPrinting(false);
    const follow = () => setPrinting(media?.matches ?? false);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    media?.addEventListener('change', follow);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
      media?.removeEventListener('change', follow);
    };
  }, []);
  return printing;
}

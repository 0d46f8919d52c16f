import { useEffect, useRef, useState } from 'react';
import { useSessionStore, type Highlight } from '../../store/sessionStore';

const HIGHLIGHT_MS = 2400;

/**
 * When a finding or a search points at this row or chip: scroll it into view and light it up for a moment.
 * Each element subscribes to its own yes/no, so a click re-renders only the element pointed at. The request
 * is marked served, so a row that a long matrix later renders again does not pull the view back to it.
 */
export function useHighlight<T extends HTMLElement>(kind: Highlight['kind'], id: string) {
  const ref = useRef<T>(null);
  const nonce = useSessionStore((s) => (s.highlight?.kind === kind && s.highlight.id === id ? s.highlight.nonce : undefined));
  const highlightServed = useSessionStore((s) => s.highlightServed);
  const [lit, setLit] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (nonce === undefined || !element) return;
    // On the next frame: typing in Find (in the grid's sticky header) makes the browser bring the caret
    // into view first, which would cut this scroll short. Not cancelled when the request is marked served
    // just below (that re-runs this effect at once).
    requestAnimationFrame(() => element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'smooth' }));
    setLit(true);
    highlightServed(nonce);
  }, [nonce, highlightServed]);
  useEffect(() => {
    if (!lit) return;
    const timer = setTimeout(() => setLit(false), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [lit]);
  return { ref, lit };
}

import { useEffect, useRef } from 'react';
import { useSessionStore } from '../../store/sessionStore';

/**
 * Takes the keyboard focus when a change asks for this element by key. Each element subscribes to its
 * own yes/no, so a request re-renders only the element it names; the focus moves after the render that
 * put the element on screen.
 */
export function useFocusRequest<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null);
  const nonce = useSessionStore((s) => (s.focusRequest?.key === key ? s.focusRequest.nonce : undefined));
  const focusServed = useSessionStore((s) => s.focusServed);
  useEffect(() => {
    if (nonce === undefined || !ref.current) return;
    ref.current.focus();
    focusServed(nonce);
  }, [nonce, focusServed]);
  return ref;
}

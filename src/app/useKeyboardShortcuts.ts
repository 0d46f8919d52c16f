import { useEffect } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'color', 'submit', 'reset'].includes(target.type);
}

/** Board-wide keys. Text fields keep their own undo, and an open dialog keeps the keys to itself. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextEntry(event.target) || document.querySelector('dialog[open]')) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const { undo, redo } = useDocumentStore.getState();
      const session = useSessionStore.getState();
      if (mod && key === 'z' && !event.altKey) {
        event.preventDefault();
        if (event.shiftKey) redo();
        else undo();
      } else if (mod && key === 'y' && !event.shiftKey) {
        event.preventDefault();
        redo();
      } else if (event.key === 'Escape' && session.armedDepartmentId !== undefined) {
        session.arm(undefined);
        session.announce('Stopped placing with clicks.');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

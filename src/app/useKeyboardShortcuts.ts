import { useEffect } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'color', 'submit', 'reset'].includes(target.type);
}

export interface ShortcutActions {
  readonly save: () => void;
}

/** Board-wide keys. Text fields keep their own undo, and an open dialog keeps the keys to itself. */
export function useKeyboardShortcuts({ save }: ShortcutActions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      // Saving works from anywhere, a text field included, instead of the browser saving the page.
      if (mod && key === 's' && !event.shiftKey && !event.altKey) {
        event.preventDefault();
        if (!document.querySelector('dialog[open]')) save();
        return;
      }
      if (event.defaultPrevented || isTextEntry(event.target) || document.querySelector('dialog[open]')) return;
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
  }, [save]);
}

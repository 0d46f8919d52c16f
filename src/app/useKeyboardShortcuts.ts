import { useEffect } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { isDialogOpen, isTextEntry } from '../ui/isTextEntry';
import { paletteChipFocusKey } from '../features/board/focusKeys';
import { FIND_FOCUS_KEY, useBoardLens } from '../store/boardLens';
import { chooseView, useViewChoice, workshopViews } from '../store/viewChoice';
import { enterPresenterMode, leavePresenterMode } from '../features/presenter/presenterMode';
import { usePresenter } from '../store/presenter';

export interface ShortcutActions {
  readonly save: () => void;
  readonly open: () => void;
}

/** Board-wide keys. Text fields keep their own undo, and an open dialog keeps the keys to itself. */
export function useKeyboardShortcuts({ save, open }: ShortcutActions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      // Saving and opening work from anywhere, a text field included, instead of the browser's own.
      if (mod && (key === 's' || key === 'o') && !event.shiftKey && !event.altKey) {
        event.preventDefault();
        if (!isDialogOpen()) (key === 's' ? save : open)();
        return;
      }
      // Alt+Shift and a view's letter: by code, since Alt+Shift changes the letter typed on a Mac.
      const viewKey = workshopViews.find((b) => event.code === `Key${b.key}`);
      if (viewKey && event.altKey && event.shiftKey && !mod && !isDialogOpen()) {
        event.preventDefault();
        chooseView(viewKey.view);
        useSessionStore.getState().announce(`${viewKey.name} view.`);
        return;
      }
      if (event.code === 'KeyP' && event.altKey && event.shiftKey && !mod && !isDialogOpen()) {
        event.preventDefault();
        if (usePresenter.getState().presenting) leavePresenterMode();
        else enterPresenterMode();
        return;
      }
      // The views' own Find instead of the browser's, which cannot see the rows a long matrix has not rendered.
      if (mod && key === 'f' && !event.shiftKey && !event.altKey && !isDialogOpen() && useViewChoice.getState().view !== 'departments') {
        event.preventDefault();
        useSessionStore.getState().requestFocus(FIND_FOCUS_KEY);
        return;
      }
      if (event.defaultPrevented || isTextEntry(event.target) || isDialogOpen()) return;
      const { undo, redo } = useDocumentStore.getState();
      const session = useSessionStore.getState();
      if (mod && key === 'z' && !event.altKey) {
        event.preventDefault();
        if (event.shiftKey) redo();
        else undo();
      } else if (mod && key === 'y' && !event.shiftKey) {
        event.preventDefault();
        redo();
      } else if (event.key === '?' && !mod && !event.altKey) {
        event.preventDefault();
        session.showDialog('shortcuts');
      } else if (event.key === 'Escape' && session.armedDepartmentId !== undefined) {
        // The Place buttons vanish with the arming; focus goes back to the chip that was armed.
        session.requestFocus(paletteChipFocusKey(session.armedDepartmentId));
        session.arm(undefined);
        session.announce('Stopped placing with clicks.');
      } else if (event.key === 'Escape' && useBoardLens.getState().spotlightId !== undefined) {
        useBoardLens.getState().spotlight(undefined);
        session.announce('Spotlight cleared.');
      } else if (event.key === 'Escape' && usePresenter.getState().presenting) {
        // Last: a held chip, an open menu, an armed department or a spotlight takes Escape first.
        event.preventDefault();
        leavePresenterMode();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [save, open]);
}

import { useEffect } from 'react';
import type { ActivityStatus } from '../../domain/model';
import { currentDocument } from '../../store/documentStore';
import { agendaSettings, pauseOrResume, presentedStep, stepAgenda, stepRow, usePresenter } from '../../store/presenter';
import { isDialogOpen, isTextEntry } from '../../ui/isTextEntry';
import { statusKeys } from './presenterKeys';

/** Arrows there move between cells or chips; only a clicker's Page keys step the agenda from there. */
const ownsArrows = (target: EventTarget | null) =>
  target instanceof Element && target.closest('[role="table"], table, [role="grid"], .palette') !== null;

const currentRowId = () => presentedStep(usePresenter.getState(), currentDocument().activities, agendaSettings.get().by).rowId;

/**
 * The presenter's keys, from anywhere but a text field or a dialog. They listen before the board and the
 * matrix (capture), because a clicker only sends Page Up and Page Down, and the matrix would take those
 * to move its cell.
 */
export function usePresenterKeys(focusDecision: () => void, setStatus: (activityId: string, status: ActivityStatus) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target) || isDialogOpen()) return;
      // An open menu answers to every key, a first letter or digit included; so does a form (why a row waits).
      if (event.target instanceof Element && event.target.closest('[role="menu"], form')) return;
      const arrows = !ownsArrows(event.target);
      let handled = true;
      if (event.key === 'PageDown' || (arrows && event.key === 'ArrowRight')) stepAgenda(1);
      else if (event.key === 'PageUp' || (arrows && event.key === 'ArrowLeft')) stepAgenda(-1);
      else if (arrows && event.key === 'Home') stepAgenda(-Infinity);
      else if (arrows && event.key === 'End') stepAgenda(Infinity);
      else if (arrows && event.key === 'ArrowDown') stepRow(1);
      else if (arrows && event.key === 'ArrowUp') stepRow(-1);
      else if (event.key.toLowerCase() === 't' && !event.shiftKey) pauseOrResume();
      else if (event.key.toLowerCase() === 'n' && !event.shiftKey) focusDecision();
      else {
        const status = statusKeys.find((s) => s.key === event.key)?.status;
        const rowId = currentRowId();
        if (status && rowId !== undefined) setStatus(rowId, status);
        else handled = false;
      }
      if (!handled) return;
      event.preventDefault();
      event.stopPropagation();
    };
    // Escape is not among them: it leaves presenter mode at the end of the board's own Escape chain.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [focusDecision, setStatus]);
}

import { create } from 'zustand';
import type { KeyValueStorage } from './autosave';

/**
 * The ways of looking at one matrix, with their names and the letter of their shortcut (Alt+Shift and the
 * letter), for the toolbar and the keyboard alike. A choice of this browser, never in the file.
 */
export const workshopViews = [
  { view: 'board', name: 'Board', key: 'B' },
  { view: 'matrix', name: 'Matrix', key: 'M' },
  { view: 'departments', name: 'Departments', key: 'D' },
] as const;
export type WorkshopView = (typeof workshopViews)[number]['view'];

const VIEW_KEY = 'raci-workshop/view';

interface ViewChoiceState {
  readonly view: WorkshopView;
}

export const useViewChoice = create<ViewChoiceState>()(() => ({ view: 'board' }));

let storage: KeyValueStorage | undefined;

const isView = (value: unknown): value is WorkshopView => workshopViews.some((v) => v.view === value);

export function connectViewChoice(to: KeyValueStorage): void {
  storage = to;
  let stored: string | null = null;
  try {
    stored = to.getItem(VIEW_KEY);
  } catch {
    // Unreadable storage: start on the board.
  }
  useViewChoice.setState({ view: isView(stored) ? stored : 'board' });
}

export function chooseView(view: WorkshopView): void {
  if (useViewChoice.getState().view === view) return;
  useViewChoice.setState({ view });
  try {
    storage?.setItem(VIEW_KEY, view);
  } catch {
    // Storage full or gone: the view still changes for this visit.
  }
}

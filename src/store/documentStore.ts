import { create } from 'zustand';
import type { RaciDocument } from '../domain/model';
import { localIsoDate } from '../domain/calendarDate';
import { createSocialMediaWorkshop } from '../domain/templates/socialMedia';
import { amend, record, redo, startHistory, undo, type History } from './history';

export type DocumentEdit = (doc: RaciDocument) => RaciDocument;

export interface DocumentState {
  readonly history: History<RaciDocument>;
  /** Applies a pure edit as one undoable step; an edit that changes nothing leaves no step. */
  readonly apply: (edit: DocumentEdit) => void;
  /** Applies an edit into the last step, so one Undo takes back both (a reason given right after a status). */
  readonly amend: (edit: DocumentEdit) => void;
  /** Replaces the whole document (New, a restored autosave); undoable unless `resetHistory`. */
  readonly replace: (doc: RaciDocument, options?: { resetHistory?: boolean }) => void;
  /** Puts back a history restored after a reload. */
  readonly restoreHistory: (history: History<RaciDocument>) => void;
  readonly undo: () => void;
  readonly redo: () => void;
}

export const useDocumentStore = create<DocumentState>()((set) => ({
  history: startHistory(createSocialMediaWorkshop(localIsoDate(new Date()))),
  apply: (edit) => set((state) => {
    const history = record(state.history, edit(state.history.present));
    return history === state.history ? state : { history };
  }),
  amend: (edit) => set((state) => {
    const history = amend(state.history, edit(state.history.present));
    return history === state.history ? state : { history };
  }),
  replace: (doc, options) =>
    set((state) => ({ history: options?.resetHistory ? startHistory(doc) : record(state.history, doc) })),
  restoreHistory: (history) => set({ history }),
  undo: () => set((state) => ({ history: undo(state.history) })),
  redo: () => set((state) => ({ history: redo(state.history) })),
}));

export const selectDocument = (state: DocumentState): RaciDocument => state.history.present;
export const selectCanUndo = (state: DocumentState): boolean => state.history.past.length > 0;
export const selectCanRedo = (state: DocumentState): boolean => state.history.future.length > 0;

export function currentDocument(): RaciDocument {
  return selectDocument(useDocumentStore.getState());
}

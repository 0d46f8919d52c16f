import { create } from 'zustand';

/** A saved workshop that could not be read at start-up, kept aside untouched so it can be downloaded. */
export interface KeptAsideWorkshop {
  /** Storage key it is kept under; undefined when storage refused it and it lives in memory only. */
  readonly key: string | undefined;
  readonly text: string;
  readonly reason: string;
}

export type StorageProblem = 'full' | 'unavailable';

export type EditingTarget =
  | { readonly kind: 'department'; readonly id: string }
  | { readonly kind: 'activity'; readonly id: string }
  | { readonly kind: 'new-department' }
  | { readonly kind: 'new-activity'; readonly group?: string };

/** What the user is doing right now: never saved, never undone. */
export interface SessionState {
  readonly armedDepartmentId: string | undefined;
  readonly editing: EditingTarget | undefined;
  readonly newWorkshopOpen: boolean;
  /** The last confirmation, shown in the status bar and read out politely unless already spoken. */
  readonly status: { readonly text: string; readonly spoken: boolean };
  readonly storageProblem: StorageProblem | undefined;
  readonly keptAside: readonly KeptAsideWorkshop[];
  /** Repairs made to the autosaved workshop when it was restored. */
  readonly restoreWarnings: readonly string[];
  readonly arm: (departmentId: string | undefined) => void;
  readonly edit: (target: EditingTarget | undefined) => void;
  readonly openNewWorkshop: (open: boolean) => void;
  /** `spoken: false` when a screen reader already heard it elsewhere (dnd-kit announces drops itself). */
  readonly announce: (text: string, options?: { spoken?: boolean }) => void;
  readonly setStorageProblem: (problem: StorageProblem | undefined) => void;
  readonly setKeptAside: (kept: readonly KeptAsideWorkshop[]) => void;
  readonly setRestoreWarnings: (warnings: readonly string[]) => void;
}

export const useSessionStore = create<SessionState>()((set) => ({
  armedDepartmentId: undefined,
  editing: undefined,
  newWorkshopOpen: false,
  status: { text: '', spoken: true },
  storageProblem: undefined,
  keptAside: [],
  restoreWarnings: [],
  arm: (armedDepartmentId) => set({ armedDepartmentId }),
  edit: (editing) => set({ editing }),
  openNewWorkshop: (newWorkshopOpen) => set({ newWorkshopOpen }),
  announce: (text, options) => set({ status: { text, spoken: options?.spoken ?? true } }),
  setStorageProblem: (storageProblem) => set((s) => (s.storageProblem === storageProblem ? s : { storageProblem })),
  setKeptAside: (keptAside) => set({ keptAside }),
  setRestoreWarnings: (restoreWarnings) => set({ restoreWarnings }),
}));

import { create } from 'zustand';
import type { FileError } from '../format/fileErrors';
import type { IgnoredField } from '../format/parseWorkshopFile';

/** A saved workshop that could not be read at start-up, kept aside untouched so it can be downloaded. */
export interface KeptAsideWorkshop {
  /** Storage key it is kept under: a kept-aside key, or its own slot when storage had no room for a copy. */
  readonly key: string;
  readonly text: string;
  readonly reason: string;
}

export type StorageProblem = 'full' | 'unavailable';

/**
 * Repairs made while opening a workshop (restored, opened from a file, a paste or a link), and the fields it
 * had that this version does not know: listed, never silent, and told apart (an ignored field is no fault).
 */
export interface RepairNotice {
  /** What was opened, as a noun phrase: "the saved workshop", "“plan.raci.json”", "the pasted text". */
  readonly source: string;
  readonly warnings: readonly string[];
  readonly ignored: readonly IgnoredField[];
}

/** A file, paste or link that could not be opened; the open workshop was left exactly as it was. */
export interface OpenRefusal {
  readonly source: string;
  readonly error: FileError;
  /** What was asked of the file; opening unless said. */
  readonly action?: 'open' | 'compare';
}

export type EditingTarget =
  | { readonly kind: 'department'; readonly id: string }
  | { readonly kind: 'activity'; readonly id: string }
  | { readonly kind: 'new-department' }
  | { readonly kind: 'new-activity'; readonly group?: string };

/** The app's own dialogs (editors aside); at most one is open. */
export type DialogName = 'new-workshop' | 'workshops' | 'share' | 'check-settings' | 'role-scheme' | 'charter' | 'export-pdf' | 'shortcuts' | 'agenda' | 'import-csv';

/** What a finding points at; `nonce` changes on every click, so pointing at the same row again scrolls again. */
export interface Highlight {
  readonly kind: 'activity' | 'department';
  readonly id: string;
  readonly nonce: number;
}

/**
 * Where keyboard focus goes once the next render is on screen: an element that a change removed (a
 * dropped chip's old place, a removed department) cannot keep it, so the change names its successor.
 * The key is the element's own (see the board's focus keys); `nonce` makes a repeated request count.
 */
export interface FocusRequest {
  readonly key: string;
  readonly nonce: number;
}

/** What the user is doing right now: never saved, never undone. */
export interface SessionState {
  readonly armedDepartmentId: string | undefined;
  readonly editing: EditingTarget | undefined;
  readonly dialog: DialogName | undefined;
  /** The last confirmation, shown in the status bar and read out politely unless already spoken. */
  readonly status: { readonly text: string; readonly spoken: boolean };
  readonly storageProblem: StorageProblem | undefined;
  readonly keptAside: readonly KeptAsideWorkshop[];
  readonly highlight: Highlight | undefined;
  readonly repairs: RepairNotice | undefined;
  readonly refusal: OpenRefusal | undefined;
  readonly focusRequest: FocusRequest | undefined;
  readonly arm: (departmentId: string | undefined) => void;
  readonly edit: (target: EditingTarget | undefined) => void;
  readonly showDialog: (dialog: DialogName | undefined) => void;
  /** `spoken: false` when a screen reader already heard it elsewhere (dnd-kit announces drops itself). */
  readonly announce: (text: string, options?: { spoken?: boolean }) => void;
  readonly setStorageProblem: (problem: StorageProblem | undefined) => void;
  readonly setKeptAside: (kept: readonly KeptAsideWorkshop[]) => void;
  readonly pointAt: (target: Omit<Highlight, 'nonce'> | undefined) => void;
  /** Called by the row or chip that came into view for it, so the same request does not scroll again later. */
  readonly highlightServed: (nonce: number) => void;
  readonly setRepairs: (repairs: RepairNotice | undefined) => void;
  readonly refuse: (refusal: OpenRefusal | undefined) => void;
  readonly requestFocus: (key: string) => void;
  /** Called by the element that took the focus, so a later mount with the same key does not take it again. */
  readonly focusServed: (nonce: number) => void;
}

export const useSessionStore = create<SessionState>()((set) => ({
  armedDepartmentId: undefined,
  editing: undefined,
  dialog: undefined,
  status: { text: '', spoken: true },
  storageProblem: undefined,
  keptAside: [],
  highlight: undefined,
  repairs: undefined,
  refusal: undefined,
  focusRequest: undefined,
  arm: (armedDepartmentId) => set({ armedDepartmentId }),
  edit: (editing) => set({ editing }),
  showDialog: (dialog) => set({ dialog }),
  announce: (text, options) => set({ status: { text, spoken: options?.spoken ?? true } }),
  setStorageProblem: (storageProblem) => set((s) => (s.storageProblem === storageProblem ? s : { storageProblem })),
  setKeptAside: (keptAside) => set({ keptAside }),
  pointAt: (target) => set((s) => ({ highlight: target && { ...target, nonce: (s.highlight?.nonce ?? 0) + 1 } })),
  highlightServed: (nonce) => set((s) => (s.highlight?.nonce === nonce ? { highlight: undefined } : s)),
  setRepairs: (repairs) => set({ repairs: repairs && repairs.warnings.length + repairs.ignored.length > 0 ? repairs : undefined }),
  refuse: (refusal) => set({ refusal }),
  requestFocus: (key) => set((s) => ({ focusRequest: { key, nonce: (s.focusRequest?.nonce ?? 0) + 1 } })),
  focusServed: (nonce) => set((s) => (s.focusRequest?.nonce === nonce ? { focusRequest: undefined } : s)),
}));

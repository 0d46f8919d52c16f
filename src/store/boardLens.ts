import { create } from 'zustand';

/**
 * How the board is looked at right now, never saved: a find query with the match in focus, and a
 * department in the spotlight. Matches are worked out by the board from the open document.
 */
interface BoardLensState {
  readonly query: string;
  /** Which match is current; the board wraps it around the number of matches. */
  readonly matchIndex: number;
  readonly spotlightId: string | undefined;
  readonly setQuery: (query: string) => void;
  readonly stepMatch: (delta: number) => void;
  readonly spotlight: (departmentId: string | undefined) => void;
}

export const useBoardLens = create<BoardLensState>()((set) => ({
  query: '',
  matchIndex: 0,
  spotlightId: undefined,
  setQuery: (query) => set({ query, matchIndex: 0 }),
  stepMatch: (delta) => set((s) => ({ matchIndex: s.matchIndex + delta })),
  spotlight: (spotlightId) => set({ spotlightId }),
}));

/** The current match's position among `count` matches, wrapping both ways. */
export function wrappedMatch(matchIndex: number, count: number): number {
  return count === 0 ? 0 : ((matchIndex % count) + count) % count;
}

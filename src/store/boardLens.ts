import { create } from 'zustand';
import { findActivities } from '../domain/activitySearch';
import type { Activity } from '../domain/model';
import { useSessionStore } from './sessionStore';

/**
 * How the board and the matrix view are looked at right now, never saved: a find query with the match in
 * focus, and a department in the spotlight. Matches are worked out from the open document.
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

/** The focus key of Find, which Ctrl+F asks for in the board and the matrix view. */
export const FIND_FOCUS_KEY = 'find-activity';

// The last list of matches, for the same activities and query: every view that shows Find asks for it.
let found: { activities: readonly Activity[]; query: string; matches: readonly Activity[] } | undefined;

/** The activities that match `query`, in the order the views show them. */
export function matchesOf(activities: readonly Activity[], query: string): readonly Activity[] {
  if (found?.activities !== activities || found.query !== query) found = { activities, query, matches: findActivities(activities, query) };
  return found.matches;
}

const pointAtActivity = (activity: Activity | undefined) => {
  if (activity) useSessionStore.getState().pointAt({ kind: 'activity', id: activity.id });
};

/** A new query: its first match is brought into view. */
export function findText(activities: readonly Activity[], query: string): void {
  useBoardLens.getState().setQuery(query);
  pointAtActivity(matchesOf(activities, query)[0]);
}

/** The next (1) or previous (-1) match, brought into view. */
export function stepFind(activities: readonly Activity[], delta: number): void {
  const { query, matchIndex, stepMatch } = useBoardLens.getState();
  const matches = matchesOf(activities, query);
  const next = matches[wrappedMatch(matchIndex + delta, matches.length)];
  if (!next) return;
  stepMatch(delta);
  pointAtActivity(next);
}

/** Find as a view shows it (the props of ui/ActivityFinder): the query, its matches, and what it does. */
export function useFind(activities: readonly Activity[]) {
  const query = useBoardLens((s) => s.query);
  const matchIndex = useBoardLens((s) => s.matchIndex);
  const focusRequest = useSessionStore((s) => (s.focusRequest?.key === FIND_FOCUS_KEY ? s.focusRequest.nonce : undefined));
  const onFocusServed = useSessionStore((s) => s.focusServed);
  const matches = matchesOf(activities, query);
  return {
    query,
    matches,
    current: wrappedMatch(matchIndex, matches.length),
    focusRequest,
    onFocusServed,
    onQuery: (text: string) => findText(activities, text),
    onStep: (delta: number) => stepFind(activities, delta),
  };
}

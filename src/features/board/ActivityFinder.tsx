import { commandKey } from '../../ui/commandKey';
import { useMemo, type KeyboardEvent } from 'react';
import { findActivities } from '../../domain/activitySearch';
import type { RaciDocument } from '../../domain/model';
import { useBoardLens, wrappedMatch } from '../../store/boardLens';
import { useSessionStore } from '../../store/sessionStore';
import { FIND_FOCUS_KEY } from './focusKeys';
import { useFocusRequest } from './useFocusRequest';

interface ActivityFinderProps {
  readonly doc: RaciDocument;
}

/**
 * Find, in the grid's corner above the activity names (Ctrl+F): jumps from one matching activity to the
 * next and brings it into view. A way of looking, never an edit; it takes no row of the projector's height.
 */
export function ActivityFinder({ doc }: ActivityFinderProps) {
  const query = useBoardLens((s) => s.query);
  const matchIndex = useBoardLens((s) => s.matchIndex);
  const setQuery = useBoardLens((s) => s.setQuery);
  const stepMatch = useBoardLens((s) => s.stepMatch);
  const pointAt = useSessionStore((s) => s.pointAt);
  const inputRef = useFocusRequest<HTMLInputElement>(FIND_FOCUS_KEY);

  const matches = useMemo(() => findActivities(doc.activities, query), [doc.activities, query]);
  const current = wrappedMatch(matchIndex, matches.length);

  const changeQuery = (next: string) => {
    setQuery(next);
    const first = findActivities(doc.activities, next)[0];
    if (first) pointAt({ kind: 'activity', id: first.id });
  };
  const step = (delta: number) => {
    const next = matches[wrappedMatch(matchIndex + delta, matches.length)];
    if (!next) return;
    stepMatch(delta);
    pointAt({ kind: 'activity', id: next.id });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && query !== '') {
      // Handled: the board's own Escape (disarm, clear the spotlight) is for when Find is empty.
      event.preventDefault();
      event.stopPropagation();
      setQuery('');
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
      event.currentTarget.select();
    }
  };

  const counted = query.trim() !== '';
  return (
    <div className="finder">
      <label className="finder__find">
        <span className="visually-hidden">Find an activity</span>
        <input
          ref={inputRef}
          type="search"
          className="finder__input"
          placeholder={`Find (${commandKey}F)`}
          value={query}
          onChange={(event) => changeQuery(event.target.value)}
          onKeyDown={onKeyDown}
          onFocus={(event) => event.currentTarget.select()}
        />
      </label>
      <span className="finder__count" role="status">
        {counted ? (
          <>
            <span aria-hidden="true">{matches.length === 0 ? 'none' : `${current + 1}/${matches.length}`}</span>
            <span className="visually-hidden">{matches.length === 0 ? 'No activity matches' : `${current + 1} of ${matches.length}: ${matches[current]?.name ?? ''}`}</span>
          </>
        ) : null}
      </span>
      {matches.length > 1 ? (
        <>
          <button type="button" className="finder__step" onClick={() => step(-1)} aria-label="Previous match (Shift+Enter)">
            <span aria-hidden="true">↑</span>
          </button>
          <button type="button" className="finder__step" onClick={() => step(1)} aria-label="Next match (Enter)">
            <span aria-hidden="true">↓</span>
          </button>
        </>
      ) : null}
    </div>
  );
}

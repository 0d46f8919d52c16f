import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Activity } from '../domain/model';
import { commandKey } from './commandKey';

interface ActivityFinderProps {
  readonly query: string;
  /** The activities that match, in the order the view shows them. */
  readonly matches: readonly Activity[];
  /** The place of the match in focus among `matches`. */
  readonly current: number;
  /** Set when the field is asked for (Ctrl+F); it takes the focus once per request. */
  readonly focusRequest: number | undefined;
  readonly onFocusServed: (request: number) => void;
  /** A new query ('' empties Find). */
  readonly onQuery: (query: string) => void;
  /** To the next (1) or previous (-1) match. */
  readonly onStep: (delta: number) => void;
}

/**
 * Find, in the corner above the activity names of the board and the matrix view (Ctrl+F): jumps from one
 * matching activity to the next, also to rows a long matrix has not rendered. A way of looking, never an
 * edit; it takes no row of the projector's height.
 */
export function ActivityFinder({ query, matches, current, focusRequest, onFocusServed, onQuery, onStep }: ActivityFinderProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusRequest === undefined || !inputRef.current) return;
    inputRef.current.focus();
    onFocusServed(focusRequest);
  }, [focusRequest, onFocusServed]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onStep(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && query !== '') {
      // Handled: the view's own Escape (disarm, clear the spotlight, leave presenting) is for when Find is empty.
      event.preventDefault();
      event.stopPropagation();
      onQuery('');
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
          onChange={(event) => onQuery(event.target.value)}
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
          <button type="button" className="finder__step" onClick={() => onStep(-1)} aria-label="Previous match (Shift+Enter)">
            <span aria-hidden="true">↑</span>
          </button>
          <button type="button" className="finder__step" onClick={() => onStep(1)} aria-label="Next match (Enter)">
            <span aria-hidden="true">↓</span>
          </button>
        </>
      ) : null}
    </div>
  );
}

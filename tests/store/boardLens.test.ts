import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/domain/model';
import { findText, matchesOf, stepFind, useBoardLens, wrappedMatch } from '../../src/store/boardLens';
import { useSessionStore } from '../../src/store/sessionStore';

describe('wrappedMatch', () => {
  it('wraps the current match around both ends', () => {
    expect(wrappedMatch(0, 3)).toBe(0);
    expect(wrappedMatch(3, 3)).toBe(0);
    expect(wrappedMatch(-1, 3)).toBe(2);
    expect(wrappedMatch(5, 0)).toBe(0);
  });
});

describe('the board lens', () => {
  it('starts a new query on its first match', () => {
    const lens = useBoardLens.getState();
    lens.setQuery('crisis');
    useBoardLens.getState().stepMatch(2);
    expect(useBoardLens.getState().matchIndex).toBe(2);
    useBoardLens.getState().setQuery('policy');
    expect(useBoardLens.getState()).toMatchObject({ query: 'policy', matchIndex: 0 });
  });
});

describe('Find', () => {
  const activities: Activity[] = ['Plan the calendar', 'Lead crisis response', 'Review the crisis plan'].map((name, i) => ({ id: `a${i + 1}`, name }));
  const pointed = () => useSessionStore.getState().highlight;

  it('points at the first match of a new query, then steps through the matches both ways, wrapping', () => {
    findText(activities, 'crisis');
    expect(pointed()).toMatchObject({ kind: 'activity', id: 'a2' });
    stepFind(activities, 1);
    expect(pointed()).toMatchObject({ id: 'a3' });
    stepFind(activities, 1);
    expect(pointed()).toMatchObject({ id: 'a2' });
    stepFind(activities, -1);
    expect(pointed()).toMatchObject({ id: 'a3' });
  });

  it('changes nothing where nothing matches, and works the matches out once per query', () => {
    findText(activities, 'crisis');
    findText(activities, 'budget');
    expect(useBoardLens.getState().query).toBe('budget');
    expect(pointed()).toMatchObject({ id: 'a2' });
    stepFind(activities, 1);
    expect(useBoardLens.getState().matchIndex).toBe(0);
    expect(matchesOf(activities, 'plan')).toBe(matchesOf(activities, 'plan'));
  });
});

import { describe, expect, it } from 'vitest';
import { useBoardLens, wrappedMatch } from '../../src/store/boardLens';

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

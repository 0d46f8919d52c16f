import { describe, expect, it } from 'vitest';
import { moveItem, updateWhere } from '../../src/domain/listOrder';

describe('moveItem', () => {
  it('moves an item and returns the list itself when nothing moves', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(list, 1, 1)).toBe(list);
    expect(moveItem(list, -1, 1)).toBe(list);
  });
});

describe('updateWhere', () => {
  it('replaces the matching item only when it changes', () => {
    const list = [{ n: 1 }, { n: 2 }];
    expect(updateWhere(list, (x) => x.n === 2, () => ({ n: 3 }))).toEqual([{ n: 1 }, { n: 3 }]);
    expect(updateWhere(list, (x) => x.n === 2, (x) => x)).toBe(list);
    expect(updateWhere(list, (x) => x.n === 9, () => ({ n: 3 }))).toBe(list);
  });
});

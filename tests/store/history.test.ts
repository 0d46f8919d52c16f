import { describe, expect, it } from 'vitest';
import { record, redo, startHistory, undo } from '../../src/store/history';

describe('history', () => {
  it('records, undoes and redoes', () => {
    let h = record(record(startHistory('a'), 'b'), 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h).toEqual({ past: [], present: 'a', future: ['b', 'c'] });
    h = redo(h);
    expect(h.present).toBe('b');
  });

  it('records nothing for the same snapshot, and nothing to undo or redo is a no-op', () => {
    const h = startHistory('a');
    expect(record(h, 'a')).toBe(h);
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });

  it('drops the redo branch on a new step', () => {
    const h = record(undo(record(startHistory('a'), 'b')), 'x');
    expect(h.future).toEqual([]);
    expect(h.past).toEqual(['a']);
  });

  it('keeps the newest steps within the limit', () => {
    let h = startHistory(0);
    for (let i = 1; i <= 10; i += 1) h = record(h, i, 4);
    expect(h.past).toEqual([6, 7, 8, 9]);
  });
});

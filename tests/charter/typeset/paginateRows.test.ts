import { describe, expect, it } from 'vitest';
import { paginateRows } from '../../../src/charter/typeset/paginateRows';

const rows = (...heights: number[]) => heights.map((height) => ({ height }));

describe('paginateRows', () => {
  it('never splits a row: one that does not fit moves whole to the next page', () => {
    expect(paginateRows(rows(10, 10, 10, 10), { first: 25, next: 30 })).toEqual([[0, 1], [2, 3]]);
  });

  it('keeps a group heading with its first row', () => {
    const grouped = [{ height: 10 }, { height: 5, keepWithNext: true }, { height: 10 }, { height: 10 }];
    expect(paginateRows(grouped, { first: 20, next: 30 })).toEqual([[0], [1, 2, 3]]);
  });

  it('starts on a fresh page when not even the first row fits where the table would begin', () => {
    expect(paginateRows(rows(10, 10), { first: 5, next: 30 })).toEqual([[], [0, 1]]);
  });

  it('places a block taller than a page on a fresh page, breaking within it only where it must', () => {
    const tall = [{ height: 10 }, { height: 20, keepWithNext: true }, { height: 20 }];
    expect(paginateRows(tall, { first: 30, next: 30 })).toEqual([[0], [1], [2]]);
  });

  it('leaves at least three rows on each side of a break when asked', () => {
    // Greedy would leave one row alone on the second page.
    expect(paginateRows(rows(...Array<number>(7).fill(10)), { first: 60, next: 60 }, { minRowsPerPage: 3 })).toEqual([[0, 1, 2, 3], [4, 5, 6]]);
    // Two rows fit where the table begins: it starts on the next page instead.
    expect(paginateRows(rows(...Array<number>(8).fill(10)), { first: 20, next: 60 }, { minRowsPerPage: 3 })).toEqual([[], [0, 1, 2, 3, 4], [5, 6, 7]]);
  });
});

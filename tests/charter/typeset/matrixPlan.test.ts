import { describe, expect, it } from 'vitest';
import { planMatrix, shareEvenly } from '../../../src/charter/typeset/matrixPlan';
import { CELL_PADDING } from '../../../src/charter/typeset/tableRules';

/** About 1.8 mm a character at 9 pt, scaled by size: near enough to Noto Sans bold for planning tests. */
const measure = (text: string, size: number) => text.length * 0.2 * size;
const syllables = (word: string) => [word];
const width = { portrait: 178, landscape: 265 };

describe('planMatrix', () => {
  it('shares departments evenly: 10 as 5 + 5, 11 as 6 + 5, never 9 + 1', () => {
    expect(shareEvenly(10, 2).map((p) => p.length)).toEqual([5, 5]);
    expect(shareEvenly(11, 2).map((p) => p.length)).toEqual([6, 5]);
    expect(shareEvenly(40, 3).map((p) => p.length)).toEqual([14, 13, 13]);
    expect(shareEvenly(4, 2)).toEqual([[0, 1], [2, 3]]);
  });

  it('keeps a few departments upright, turns the page for more, and only then shares them over column pages', () => {
    const labels = (n: number) => Array.from({ length: n }, (_, i) => `D${i + 1}`);
    const plan = (n: number) => planMatrix({ labels: labels(n), mostLetters: labels(n).map(() => 2), width, measure, syllables });
    expect(plan(4)).toMatchObject({ orientation: 'portrait', columnPages: [[0, 1, 2, 3]] });
    expect(plan(10)).toMatchObject({ orientation: 'landscape' });
    expect(plan(10).columnPages).toHaveLength(1);
    const wide = plan(40);
    expect(wide.columnPages.length).toBeGreaterThan(1);
    const sizes = wide.columnPages.map((p) => p.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('sets smaller type before sharing, never under 8 pt for names and 7 pt for letters', () => {
    const labels = Array.from({ length: 18 }, (_, i) => `D${i + 1}`);
    const plan = planMatrix({ labels, mostLetters: labels.map(() => 1), width, measure, syllables });
    expect(plan.columnPages).toHaveLength(1);
    expect(plan.sizes.name).toBeGreaterThanOrEqual(8);
    expect(plan.sizes.letter).toBeGreaterThanOrEqual(7);
  });

  it('gives a column head at most three lines of whole words before it shares the columns', () => {
    const labels = ['Human Resources Business Partners Europe', 'Key Account Management'];
    const plan = planMatrix({ labels, mostLetters: [1, 1], width, measure, syllables });
    const columnWidth = plan.departmentWidth - 2 * CELL_PADDING;
    const lines = (label: string) => {
      let count = 1;
      let line = '';
      for (const word of label.split(' ')) {
        const next = line ? `${line} ${word}` : word;
        if (measure(next, plan.sizes.head) > columnWidth) {
          count += 1;
          line = word;
        } else line = next;
      }
      return count;
    };
    for (const label of labels) expect(lines(label), label).toBeLessThanOrEqual(3);
  });
});

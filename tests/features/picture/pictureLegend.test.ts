import { describe, expect, it } from 'vitest';
import { legendLines } from '../../../src/features/picture/pictureLegend';

// One unit per character: widths a reader can check by counting.
const measure = (text: string) => text.length;

describe('the legend of a picture', () => {
  it('sets the entries on one line where they fit', () => {
    expect(legendLines(['PR = Public Relations', 'CS = Customer Service'], 80, measure)).toEqual(['PR = Public Relations · CS = Customer Service']);
  });

  it('breaks between entries, never inside one', () => {
    expect(legendLines(['PR = Public Relations', 'CS = Customer Service', 'P&R = Product & Research'], 50, measure)).toEqual([
      'PR = Public Relations · CS = Customer Service',
      'P&R = Product & Research',
    ]);
    // An entry wider than the line keeps a line of its own rather than being cut.
    expect(legendLines(['Exec = Executive Leadership', 'IT = IT'], 10, measure)).toEqual(['Exec = Executive Leadership', 'IT = IT']);
  });

  it('has no line at all when no department has a label of its own', () => {
    expect(legendLines([], 500, measure)).toEqual([]);
  });
});

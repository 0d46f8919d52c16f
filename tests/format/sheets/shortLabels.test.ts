import { describe, expect, it } from 'vitest';
import { shortLabelsFor } from '../../../src/format/sheets/shortLabels';

describe('short labels for departments read from a sheet', () => {
  it('gives a long name the label the editor offers, and a name that fits none', () => {
    expect(shortLabelsFor(['Public Relations', 'Legal', 'Öffentlichkeitsarbeit'])).toEqual(['PR', undefined, 'Öffentl.']);
  });

  it('never gives a label another department shows, whichever column comes first', () => {
    // "CS" is a department's own name further right: neither long name may read as it.
    expect(shortLabelsFor(['Customer Service', 'Customer Success', 'cs'])).toEqual(['CSe', 'CSu', undefined]);
    expect(shortLabelsFor(['Customer Service', 'Customer Success'])).toEqual(['CS', 'CSu']);
  });

  it('numbers the start of a long word only when that start is taken', () => {
    expect(shortLabelsFor(['Öffentlichkeitsarbeit', 'Öffentlichkeitsarbeiten', 'Öffentl2'])).toEqual(['Öffentl.', 'Öffentl3', undefined]);
  });
});

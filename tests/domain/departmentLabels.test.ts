import { describe, expect, it } from 'vitest';
import { normalShortLabel, SHORT_LABEL_MAX_LENGTH, shortLabelOf, suggestShortLabel } from '../../src/domain/departmentLabels';

describe('suggestShortLabel', () => {
  it('offers the initials of a name of several words', () => {
    expect(suggestShortLabel('Public Relations')).toBe('PR');
    expect(suggestShortLabel('customer service')).toBe('CS');
    expect(suggestShortLabel('Product & Research')).toBe('P&R');
  });

  it('offers the first letters of a single word, within the maximum length', () => {
    expect(suggestShortLabel('Marketing')).toBe('Marketin');
    expect(suggestShortLabel('Öffentlichkeitsarbeit')).toHaveLength(SHORT_LABEL_MAX_LENGTH);
    expect(suggestShortLabel('IT')).toBe('IT');
    expect(suggestShortLabel('  ')).toBe('');
  });

  it('falls back to the first word when the initials would be too long', () => {
    expect(suggestShortLabel('one two three four five six seven eight nine')).toBe('one');
  });
});

describe('normalShortLabel', () => {
  it('trims, cuts to the maximum length and drops a blank label', () => {
    expect(normalShortLabel('  PR ')).toBe('PR');
    expect(normalShortLabel('Executive')).toBe('Executiv');
    expect(normalShortLabel('   ')).toBeUndefined();
    expect(normalShortLabel(undefined)).toBeUndefined();
  });
});

describe('shortLabelOf', () => {
  it('is the short label, or the name where there is none', () => {
    expect(shortLabelOf({ id: 'pr', name: 'Public Relations', color: '#9d174d', shortLabel: 'PR' })).toBe('PR');
    expect(shortLabelOf({ id: 'it', name: 'IT', color: '#0e7490' })).toBe('IT');
  });
});

import { describe, expect, it } from 'vitest';
import { normalShortLabel, shortLabelLength, shortLabelOf, suggestShortLabel } from '../../src/domain/departmentLabels';

describe('suggestShortLabel', () => {
  it('offers the initials of a name of several words', () => {
    expect(suggestShortLabel('Public Relations')).toBe('PR');
    expect(suggestShortLabel('customer service')).toBe('CS');
    expect(suggestShortLabel('Product & Research')).toBe('P&R');
  });

  it('offers nothing for a single word, which only a person can shorten well', () => {
    expect(suggestShortLabel('Marketing')).toBe('');
    expect(suggestShortLabel('IT')).toBe('');
    expect(suggestShortLabel('  ')).toBe('');
  });

  it('offers nothing when the initials would be too long', () => {
    expect(suggestShortLabel('one two three four five six seven eight nine')).toBe('');
  });

  it('takes whole characters as initials', () => {
    expect(suggestShortLabel('Élan Vital')).toBe('ÉV');
    expect(suggestShortLabel('😀 Team')).toBe('😀T');
  });
});

describe('normalShortLabel', () => {
  it('trims, cuts to the maximum length and drops a blank label', () => {
    expect(normalShortLabel('  PR ')).toBe('PR');
    expect(normalShortLabel('Executive')).toBe('Executiv');
    expect(normalShortLabel('   ')).toBeUndefined();
    expect(normalShortLabel(undefined)).toBeUndefined();
  });

  it('counts characters as a person does, never cutting one in half', () => {
    expect(normalShortLabel('abcdefg😀x')).toBe('abcdefg😀');
    expect(shortLabelLength('👩‍👩‍👧 PR')).toBe(4);
    expect(normalShortLabel('ÖÖÖÖÖÖÖÖÖ')).toBe('ÖÖÖÖÖÖÖÖ');
  });
});

describe('shortLabelOf', () => {
  it('is the short label, or the name where there is none', () => {
    expect(shortLabelOf({ id: 'pr', name: 'Public Relations', color: '#9d174d', shortLabel: 'PR' })).toBe('PR');
    expect(shortLabelOf({ id: 'it', name: 'IT', color: '#0e7490' })).toBe('IT');
  });
});

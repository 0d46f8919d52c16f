import { describe, expect, it } from 'vitest';
import { normalShortLabel, shortLabelLegend, shortLabelLength, shortLabelOf, suggestShortLabel } from '../../src/domain/departmentLabels';

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

  it('never offers a label another department shows, reading case as a person does', () => {
    expect(suggestShortLabel('Customer Success', ['Mktg', 'CS'])).toBe('CSu');
    expect(suggestShortLabel('Customer Success', ['cs', 'CSU'])).toBe('CSuc');
    expect(suggestShortLabel('Product & Research', ['P&R'])).toBe('P&Re');
    // A name shown in place of a label is in use too.
    expect(suggestShortLabel('Public Relations', ['PR'])).toBe('PRe');
  });

  it('offers nothing rather than a label in use when no longer form is free or short enough', () => {
    expect(suggestShortLabel('Team EU', ['TE', 'TEU'])).toBe('');
    expect(suggestShortLabel('Team (EU)', ['T(EU)'])).toBe('');
    expect(suggestShortLabel('One Two Three Four Five Six Seven', ['OTTFFSS'])).toBe('OTTFFSSe');
    expect(suggestShortLabel('One Two Three Four Five Six Seven', ['OTTFFSS', 'OTTFFSSe'])).toBe('');
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

describe('shortLabelLegend', () => {
  const departments = [
    { id: 'pr', name: 'Public Relations', color: '#9d174d', shortLabel: 'PR' },
    { id: 'it', name: 'IT', color: '#0e7490', shortLabel: 'IT' },
    { id: 'legal', name: 'Legal', color: '#334155' },
  ];

  it('says what each label that is not a name stands for', () => {
    expect(shortLabelLegend(departments)).toEqual(['PR = Public Relations']);
  });
});

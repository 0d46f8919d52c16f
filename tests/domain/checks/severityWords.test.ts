import { describe, expect, it } from 'vitest';
import { severities } from '../../../src/domain/checks/findings';
import { severityCount, severityWords } from '../../../src/domain/checks/severityWords';

describe('severityWords', () => {
  it('name, head and mark every severity', () => {
    expect(severities.map((s) => severityWords[s])).toEqual([
      { singular: 'error', plural: 'errors', heading: 'Errors', mark: '✕' },
      { singular: 'warning', plural: 'warnings', heading: 'Warnings', mark: '!' },
      { singular: 'note', plural: 'notes', heading: 'Notes', mark: 'i' },
    ]);
  });

  it('give marks that tell the severities apart without colour', () => {
    expect(new Set(severities.map((s) => severityWords[s].mark)).size).toBe(severities.length);
  });
});

describe('severityCount', () => {
  it('says one in the singular and any other number in the plural', () => {
    expect(severityCount(1, 'error')).toBe('1 error');
    expect(severityCount(3, 'warning')).toBe('3 warnings');
    expect(severityCount(0, 'info')).toBe('0 notes');
  });
});

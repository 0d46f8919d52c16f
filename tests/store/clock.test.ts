import { describe, expect, it } from 'vitest';
import { todayIso } from '../../src/store/clock';

describe('todayIso', () => {
  it('gives the local calendar date, zero-padded', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/ui/downloadFile';

describe('safeFileName', () => {
  it('removes what file systems refuse and keeps every script', () => {
    expect(safeFileName('Q1/Q2: "Social" <media>?', '.raci.json')).toBe('Q1 Q2 Social media.raci.json');
    expect(safeFileName('Öffentlichkeitsarbeit – Связи с общественностью', '.raci.json')).toBe('Öffentlichkeitsarbeit – Связи с общественностью.raci.json');
  });

  it('falls back to a plain name', () => {
    expect(safeFileName(' \\|* ', '.raci.json')).toBe('workshop.raci.json');
  });
});

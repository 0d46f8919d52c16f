import { describe, expect, it } from 'vitest';
import { isSheetFile } from '../../src/format/sheetFileTypes';

describe('isSheetFile', () => {
  it('takes .csv and .tsv by name or type, and leaves workshop files to Open', () => {
    expect(isSheetFile('raci.CSV', '')).toBe(true);
    expect(isSheetFile('raci.tsv', '')).toBe(true);
    expect(isSheetFile('export', 'text/csv')).toBe(true);
    expect(isSheetFile('plan.raci.json', 'application/json')).toBe(false);
    expect(isSheetFile('notes.txt', 'text/plain')).toBe(false);
  });
});

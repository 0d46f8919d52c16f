import { describe, expect, it } from 'vitest';
import { renameWorkshop } from '../../src/domain/documentEdits';
import { createBlankWorkshop } from '../../src/domain/templates/blank';

describe('renameWorkshop', () => {
  it('trims, and ignores blank or unchanged titles', () => {
    const doc = createBlankWorkshop('2026-11-22');
    expect(renameWorkshop(doc, '  Social media charter 2027 ').title).toBe('Social media charter 2027');
    expect(renameWorkshop(doc, '  ')).toBe(doc);
    expect(renameWorkshop(doc, doc.title)).toBe(doc);
  });
});

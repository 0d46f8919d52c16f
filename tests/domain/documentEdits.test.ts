import { describe, expect, it } from 'vitest';
import { renameWorkshop, setWorkshopInfo } from '../../src/domain/documentEdits';
import { createBlankWorkshop } from '../../src/domain/templates/blank';

describe('renameWorkshop', () => {
  it('trims, and ignores blank or unchanged titles', () => {
    const doc = createBlankWorkshop('2026-11-22');
    expect(renameWorkshop(doc, '  Social media charter 2027 ').title).toBe('Social media charter 2027');
    expect(renameWorkshop(doc, '  ')).toBe(doc);
    expect(renameWorkshop(doc, doc.title)).toBe(doc);
  });
});

describe('setWorkshopInfo', () => {
  it('stores trimmed cover facts and drops blank participants; no change, no step', () => {
    const doc = createBlankWorkshop('2026-11-22');
    const next = setWorkshopInfo(doc, { organization: ' Acme ', date: '2026-11-23', facilitator: 'Zoë', participants: ['Ana', ' ', ' Bo '] });
    expect(next.workshop).toEqual({ organization: 'Acme', date: '2026-11-23', facilitator: 'Zoë', participants: ['Ana', 'Bo'] });
    expect(setWorkshopInfo(next, next.workshop)).toBe(next);
  });
});

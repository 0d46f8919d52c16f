import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExampleWorkshop } from '../../src/domain/templates/example';
import { parseWorkshopFile } from '../../src/format/parseWorkshopFile';

// Frozen files of each shipped schema version: they must keep opening, unchanged, in every later version.
describe('frozen fixtures', () => {
  it('version 1: the filled-in example opens as written', () => {
    const text = readFileSync(new URL('../fixtures/v1/example.raci.json', import.meta.url), 'utf8');
    expect(parseWorkshopFile(text)).toEqual({ ok: true, document: createExampleWorkshop('2026-11-22'), warnings: [] });
  });
});

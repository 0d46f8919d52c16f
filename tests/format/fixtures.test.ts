import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExampleWorkshop } from '../../src/domain/templates/example';
import { parseWorkshopFile } from '../../src/format/parseWorkshopFile';
import { serializeWorkshop } from '../../src/format/serializeWorkshop';

// Frozen files of each shipped schema version: they must keep opening, unchanged, in every later version.
describe('frozen fixtures', () => {
  it('version 1: the filled-in example, as first shipped, opens as written', () => {
    const text = readFileSync(new URL('../fixtures/v1/example.raci.json', import.meta.url), 'utf8');
    const parsed = parseWorkshopFile(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.warnings).toEqual([]);
    // The matrix of the example has not changed since; its charter texts and the departments' short labels
    // came later, as optional fields.
    const example = createExampleWorkshop('2026-11-22');
    expect(parsed.document).toMatchObject({ title: example.title, roleScheme: 'RACI', workshop: example.workshop });
    expect(parsed.document.departments).toEqual(example.departments.map(({ shortLabel: _shortLabel, ...department }) => department));
    expect(parsed.document.activities).toEqual(example.activities.map(({ decision: _decision, ...activity }) => activity));
    expect(parsed.document.assignments).toEqual(example.assignments);
    expect(parsed.document.charter).toBeUndefined();
  });

  // The two other role schemes, in files written by version 1: each opens in its own scheme, keeps every
  // role (Support, Driver) and saves back byte for byte.
  for (const [name, scheme, roles] of [
    ['rasci', 'RASCI', ['R', 'A', 'S', 'C', 'I']],
    ['daci', 'DACI', ['D', 'A', 'C', 'I']],
  ] as const) {
    it(`version 1: a ${scheme} workshop opens in ${scheme} and saves back unchanged`, () => {
      const text = readFileSync(new URL(`../fixtures/v1/${name}.raci.json`, import.meta.url), 'utf8');
      const parsed = parseWorkshopFile(text);
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect(parsed.warnings).toEqual([]);
      expect(parsed.document.roleScheme).toBe(scheme);
      expect(new Set(parsed.document.assignments.map((a) => a.role))).toEqual(new Set(roles));
      const { savedAt, app } = JSON.parse(text) as { savedAt: string; app: { version: string } };
      expect(serializeWorkshop(parsed.document, { savedAt, appVersion: app.version })).toBe(text);
    });
  }

  it('version 1: a signed-off workshop keeps its row statuses, parking note and acknowledgements, and saves back unchanged', () => {
    const text = readFileSync(new URL('../fixtures/v1/signed-off.raci.json', import.meta.url), 'utf8');
    const parsed = parseWorkshopFile(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.document.activities.find((a) => a.id === 'crisis')).toMatchObject({ status: 'parked', parkingNote: 'Legal wants to see the crisis plan first' });
    expect(parsed.document.charter?.signOff).toEqual([
      { departmentId: 'marketing', lead: '', acknowledgement: { state: 'agreed', date: '2026-12-04' } },
      { departmentId: 'legal', lead: '', acknowledgement: { state: 'objected', date: '2026-12-05', note: 'Wants a say before crisis posts go out' } },
    ]);
    const { savedAt, app } = JSON.parse(text) as { savedAt: string; app: { version: string } };
    expect(serializeWorkshop(parsed.document, { savedAt, appVersion: app.version })).toBe(text);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayOrder } from '../../src/domain/activityGroups';
import { decodeSheetText } from '../../src/format/decodeSheetText';
import { parseMatrixCsv } from '../../src/format/parseMatrixCsv';
import type { SheetEncoding } from '../../src/format/sheetGrid';

// Sheets shaped the way companies keep RACI matrices, each with the matrix it must give (tests/fixtures/sheets/README.md).

interface Expected {
  readonly shape: string;
  readonly layout: string;
  readonly encoding: SheetEncoding;
  readonly scheme: string;
  readonly departments: readonly string[];
  readonly activities: readonly { readonly name: string; readonly group?: string; readonly roles: Readonly<Record<string, string>> }[];
  readonly noteIncludes?: readonly string[];
}

const folder = join(__dirname, '../fixtures/sheets');
const cases = readdirSync(folder)
  .filter((file) => /\.(csv|tsv|txt)$/.test(file))
  .map((file) => ({ file, expected: JSON.parse(readFileSync(join(folder, file.replace(/\.\w+$/, '.expected.json')), 'utf8')) as Expected }));

const letters = (roles: string) => [...roles].sort().join('');

describe('the sheet corpus', () => {
  it('holds at least twenty sheets', () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it.each(cases.map((c) => [c.file, c] as const))('%s opens right by default', (file, { expected }) => {
    const decoded = decodeSheetText(new Uint8Array(readFileSync(join(folder, file))));
    expect(decoded.encoding, 'encoding').toBe(expected.encoding);
    const result = parseMatrixCsv(decoded.text, { title: file, today: '2026-12-07' });
    if (!result.ok) throw new Error(result.error.message);
    const doc = result.document;
    expect(result.layout === 'own-export' ? 'activities-down' : result.layout, 'layout').toBe(expected.layout);
    expect(doc.roleScheme, 'scheme').toBe(expected.scheme);
    expect(doc.departments.map((d) => d.name), 'departments').toEqual(expected.departments);
    const name = new Map(doc.departments.map((d) => [d.id, d.name]));
    const read = displayOrder(doc.activities).map((a) => {
      const roles: Record<string, string> = {};
      for (const x of doc.assignments.filter((x) => x.activityId === a.id)) {
        const department = name.get(x.departmentId) ?? '';
        roles[department] = letters((roles[department] ?? '') + x.role);
      }
      return { name: a.name, ...(a.group ? { group: a.group } : {}), roles };
    });
    const wanted = expected.activities.map((a) => ({ ...a, roles: Object.fromEntries(Object.entries(a.roles).map(([d, r]) => [d, letters(r)])) }));
    expect(read, 'activities').toEqual(wanted);
    for (const note of expected.noteIncludes ?? []) expect(result.notes.join('\n'), `a note saying ${note}`).toContain(note);
  });
});

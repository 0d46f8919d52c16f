import { describe, expect, it } from 'vitest';
import { assign } from '../../src/domain/assignmentEdits';
import { addDepartment } from '../../src/domain/departmentEdits';
import { createExampleWorkshop } from '../../src/domain/templates/example';
import { matrixCsv } from '../../src/format/matrixCsv';
import { readFixture } from '../fixtures/readFixture';

const doc = createExampleWorkshop('2026-11-22');
const rows = (text: string) => text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

describe('matrixCsv', () => {
  it('has activities as rows, departments as columns, groups and properties kept', () => {
    const [header, first] = rows(matrixCsv(doc));
    expect(header).toBe(`Group,Activity,Social property,${doc.departments.map((d) => d.name).join(',')}`);
    expect(first).toBe('Strategy & governance,Set social media strategy and objectives,,RA,C,C,C,,,,I,,I');
    expect(rows(matrixCsv(doc))).toHaveLength(doc.activities.length + 1);
    expect(rows(matrixCsv(doc)).find((r) => r.includes('Run the Facebook page'))).toContain(',Facebook page,');
  });

  it('quotes commas and quotes, and never lets a name run as a formula', () => {
    const tricky = assign(addDepartment(doc, { name: '=HYPERLINK("x")' }), { activityId: 'strategy', departmentId: 'hyperlink-x', role: 'I' });
    const text = matrixCsv({ ...tricky, activities: tricky.activities.map((a) => (a.id === 'tools' ? { ...a, name: 'Tools, "accounts"' } : a)) });
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).toContain('"Tools, ""accounts"""');
  });

  it('writes the letters of the workshop\'s scheme, in its order: S in RASCI, D in DACI', () => {
    const rasci = rows(matrixCsv(readFixture('v1/rasci')));
    expect(rasci[0]).toBe('Group,Activity,Social property,Marketing,Customer Service,Public Relations,Legal,IT');
    expect(rasci[1]).toBe('Set-up,Write the community rules,,A,S,C,R,I');
    expect(rasci[5]).toBe('When it goes wrong,Escalate a heated thread,,,I,RA,SC,');
    const daci = rows(matrixCsv(readFixture('v1/daci')));
    expect(daci[3]).toBe('Decisions,Set the paid social budget,,DA,,D,I,');
  });

  it('starts with a byte-order mark and uses CRLF, as spreadsheets expect', () => {
    const text = matrixCsv(doc);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayOrder } from '../../src/domain/activityGroups';
import { assign } from '../../src/domain/assignmentEdits';
import { addActivity } from '../../src/domain/activityEdits';
import { addDepartment } from '../../src/domain/departmentEdits';
import type { RaciDocument } from '../../src/domain/model';
import { createBlankWorkshop } from '../../src/domain/templates/blank';
import { createExampleWorkshop } from '../../src/domain/templates/example';
import { createSocialMediaWorkshop } from '../../src/domain/templates/socialMedia';
import { matrixCsv } from '../../src/format/matrixCsv';
import { parseMatrixCsv, type SheetImport } from '../../src/format/parseMatrixCsv';
import { readFixture } from '../fixtures/readFixture';

const options = { title: 'From the sheet', today: '2026-12-04' };

/** The matrix as a spreadsheet carries it: names, groups, properties and letters, no ids or colours. */
function matrixOf(doc: RaciDocument) {
  const activityName = new Map(doc.activities.map((a) => [a.id, a.name]));
  const departmentName = new Map(doc.departments.map((d) => [d.id, d.name]));
  return {
    roleScheme: doc.roleScheme,
    departments: doc.departments.map((d) => d.name),
    activities: displayOrder(doc.activities).map((a) => [a.group ?? '', a.name, a.channel ?? '']),
    assignments: doc.assignments.map((a) => `${activityName.get(a.activityId)} | ${departmentName.get(a.departmentId)} | ${a.role}`).sort(),
  };
}

function imported(result: SheetImport) {
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

const sheet = (lines: readonly string[]) => lines.join('\r\n');

describe('parseMatrixCsv: the app’s own export', () => {
  it.each([
    ['the social media template', createSocialMediaWorkshop('2026-12-04')],
    ['the example workshop', createExampleWorkshop('2026-12-04')],
    ['a RASCI workshop', readFixture('v1/rasci')],
    ['a DACI workshop', readFixture('v1/daci')],
  ])('opens %s back to the same matrix', (_, doc) => {
    const result = imported(parseMatrixCsv(matrixCsv(doc), options));
    expect(result.layout).toBe('own-export');
    expect(result.notes).toEqual([]);
    expect(matrixOf(result.document)).toEqual(matrixOf(doc));
  });

  it('opens any matrix back the same, whatever its names hold (quotes, commas, formulas, line breaks)', () => {
    const name = fc
      .string({ unit: fc.constantFrom('a', 'B', 'é', ' ', ',', '"', "'", '=', '+', '-', '@', ';', '\n', 'R'), minLength: 1, maxLength: 12 })
      .map((s) => s.trim())
      .filter((s) => s !== '' && !/\s\s|\n/.test(s));
    const matrix = fc.record({
      departments: fc.uniqueArray(name, { minLength: 1, maxLength: 5, selector: (s) => s.toLowerCase() }),
      activities: fc.array(fc.record({ name, group: fc.option(name, { nil: undefined }), channel: fc.option(name, { nil: undefined }) }), { minLength: 1, maxLength: 6 }),
      cells: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('R', 'A', 'C', 'I')), { maxLength: 20 }),
    });
    fc.assert(
      fc.property(matrix, ({ departments, activities, cells }) => {
        let doc = createBlankWorkshop('2026-12-04');
        for (const d of departments) doc = addDepartment(doc, { name: d });
        for (const a of activities) doc = addActivity(doc, a);
        for (const [activity, department, role] of cells) {
          const activityId = doc.activities[activity % doc.activities.length]?.id ?? '';
          const departmentId = doc.departments[department % doc.departments.length]?.id ?? '';
          doc = assign(doc, { activityId, departmentId, role });
        }
        const result = imported(parseMatrixCsv(matrixCsv(doc), options));
        expect(matrixOf(result.document)).toEqual(matrixOf(doc));
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseMatrixCsv: activities down, departments across', () => {
  it('reads the common template: a title, group headings, role letters in any spelling, a legend', () => {
    const result = imported(
      parseMatrixCsv(
        sheet([
          'Social media RACI,,,,',
          ',,,,',
          'Task,Marketing,PR,Legal,Customer Service',
          'Publishing,,,,',
          'Write the weekly posts,R/A,C,,I',
          'Answer comments,I,,,"R, A"',
          'Crisis,,,,',
          'Lead the crisis response,c,Accountable,C,R',
          'Approve a statement,,R + A,c,',
          ',,,,',
          'R = Responsible,,,,',
          'A = Accountable,,,,',
        ]),
        options,
      ),
    );
    const { document: doc } = result;
    expect(result.layout).toBe('activities-down');
    expect(doc.title).toBe('Social media RACI');
    expect(doc.roleScheme).toBe('RACI');
    expect(doc.departments.map((d) => d.name)).toEqual(['Marketing', 'PR', 'Legal', 'Customer Service']);
    expect(doc.activities.map((a) => [a.group, a.name])).toEqual([
      ['Publishing', 'Write the weekly posts'],
      ['Publishing', 'Answer comments'],
      ['Crisis', 'Lead the crisis response'],
      ['Crisis', 'Approve a statement'],
    ]);
    expect(matrixOf(doc).assignments).toEqual(
      [
        'Answer comments | Customer Service | A',
        'Answer comments | Customer Service | R',
        'Answer comments | Marketing | I',
        'Approve a statement | Legal | C',
        'Approve a statement | PR | A',
        'Approve a statement | PR | R',
        'Lead the crisis response | Customer Service | R',
        'Lead the crisis response | Legal | C',
        'Lead the crisis response | Marketing | C',
        'Lead the crisis response | PR | A',
        'Write the weekly posts | Customer Service | I',
        'Write the weekly posts | Marketing | A',
        'Write the weekly posts | Marketing | R',
        'Write the weekly posts | PR | C',
      ].sort(),
    );
    expect(result.notes).toEqual(['The sheet’s legend (rows 11, 12) was read: R = Responsible, A = Accountable.']);
  });

  it('reads semicolons and tabs, a numbering column, and group, channel and notes columns', () => {
    const result = imported(
      parseMatrixCsv(sheet(['#;Area;Activity;Platform;Sales;IT;Comments', '1;Tools;Run the accounts;LinkedIn;R;A;Check twice', '2;Tools;Back up;;;RA;']), options),
    );
    expect(result.document.departments.map((d) => d.name)).toEqual(['Sales', 'IT']);
    expect(result.document.activities).toEqual([
      { id: 'run-the-accounts', name: 'Run the accounts', group: 'Tools', channel: 'LinkedIn', notes: 'Check twice' },
      { id: 'back-up', name: 'Back up', group: 'Tools' },
    ]);
    expect(result.notes).toEqual(['Column A “#” numbers the rows; left out.']);
    const tabs = imported(parseMatrixCsv('Activity\tHR\tLegal\nOnboard\tR\tA\n', options));
    expect(matrixOf(tabs.document).assignments).toEqual(['Onboard | HR | R', 'Onboard | Legal | A']);
  });

  it('guesses RASCI from an S and DACI from a D, unless a scheme is chosen', () => {
    expect(imported(parseMatrixCsv(sheet(['Activity,A,B', 'Post,R,S', 'Reply,A,C']), options)).document.roleScheme).toBe('RASCI');
    expect(imported(parseMatrixCsv(sheet(['Activity,A,B', 'Decide,D,A', 'Budget,C,D']), options)).document.roleScheme).toBe('DACI');
    const chosen = imported(parseMatrixCsv(sheet(['Activity,A,B', 'Post,R,S']), { ...options, roleScheme: 'RACI' }));
    expect(chosen.schemeGuessed).toBe(false);
    expect(chosen.notes).toEqual(['“S” (Support) has no role of its own in RACI; read as Responsible.']);
  });

  it('lists what it leaves out and reads single marks as one role, once per text, with where it was met', () => {
    const result = imported(parseMatrixCsv(sheet(['Activity,Marketing,,Marketing', 'Post,x,R,I', ',R,,', 'Reply,x,,R', 'Review,✓,,', 'Plan,TBD,,tbd', 'Check,TBD,,']), options));
    expect(result.notes).toEqual([
      'Column D names “Marketing” a second time; its marks were added to the first.',
      'Column C has role marks but no department name in the header row; left out.',
      'Row 3 has no activity name; left out.',
      '“x” in 2 cells: read as Responsible (choose another role for it in the preview).',
      '“✓” in 1 cell: read as Responsible (choose another role for it in the preview).',
      '“TBD” in 2 cells (B6, B7): not a role; left out.',
      'D6 “tbd”: not a role; left out.',
    ]);
    expect(matrixOf(result.document).assignments).toEqual(['Post | Marketing | I', 'Post | Marketing | R', 'Reply | Marketing | R', 'Review | Marketing | R']);
  });

  it('refuses what holds no matrix, saying why', () => {
    const refusal = (text: string) => {
      const result = parseMatrixCsv(text, options);
      return result.ok ? 'opened' : `${result.error.kind}: ${result.error.message}`;
    };
    expect(refusal('')).toBe('not-a-matrix: The file is empty.');
    expect(refusal('Just a title\r\n')).toMatch(/no header row naming the departments/);
    expect(refusal('Activity,Notes\r\nPost,hi\r\n')).toMatch(/Row 1 looks like the header, but no column below it holds role marks/);
    expect(refusal('Activity,Marketing\r\n')).toMatch(/no row below it names an activity/);
    expect(refusal('Activity,Marketing\r\n"Post,R\r\n')).toBe('not-a-matrix: A quoted cell that starts on line 2 is never closed, so the rest of the file cannot be read.');
    expect(refusal('PK\u0003\u0004rest of a zip')).toMatch(/workbook \(\.xlsx or \.ods\), not CSV/);
    expect(refusal('a\u0000b')).toMatch(/not text/);
  });
});

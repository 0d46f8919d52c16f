import { describe, expect, it } from 'vitest';
import { addDepartment } from '../../src/domain/departmentEdits';
import { createExampleWorkshop } from '../../src/domain/templates/example';
import { matrixWorkbook, sheetName } from '../../src/format/matrixWorkbook';
import { readFixture } from '../fixtures/readFixture';

const doc = createExampleWorkshop('2026-12-04');
const texts = (row: readonly { text: string }[] | undefined) => (row ?? []).map((c) => c.text);

describe('matrixWorkbook', () => {
  it('puts the matrix first: title, header, one row per activity, letters in the scheme order', () => {
    const [matrix] = matrixWorkbook(doc);
    expect(matrix?.name).toBe('Matrix');
    expect(texts(matrix?.rows[0])).toEqual([doc.title]);
    expect(texts(matrix?.rows[2])).toEqual(['Group', 'Activity', 'Social property', ...doc.departments.map((d) => d.name)]);
    expect(texts(matrix?.rows[3]).slice(0, 5)).toEqual(['Strategy & governance', 'Set social media strategy and objectives', '', 'RA', 'C']);
    expect(matrix?.frozenRows).toBe(3);
    expect(matrix?.widths).toHaveLength(3 + doc.departments.length);
  });

  it('colours each letter cell with its leading role, and ends with a legend of the scheme', () => {
    const [matrix] = matrixWorkbook(doc);
    const first = matrix?.rows[3];
    expect(first?.[3]).toEqual({ text: 'RA', bold: true, color: '#1d4ed8', align: 'center' });
    expect(first?.[4]).toMatchObject({ text: 'C', color: '#047857' });
    const legendAt = matrix?.rows.findIndex((row) => row[0]?.text === 'Legend') ?? -1;
    expect(matrix?.rows.slice(legendAt + 1).map(texts)).toEqual([
      ['R', 'Responsible'],
      ['A', 'Accountable'],
      ['C', 'Consulted'],
      ['I', 'Informed'],
    ]);
    const daci = matrixWorkbook(readFixture('v1/daci'))[0];
    expect(daci?.rows.slice(-4).map(texts)).toEqual([
      ['D', 'Driver'],
      ['A', 'Approver'],
      ['C', 'Contributor'],
      ['I', 'Informed'],
    ]);
  });

  it('gives each department a sheet of its duties, role by role, "None" where it holds nothing', () => {
    const sheets = matrixWorkbook(addDepartment(doc, { name: 'Works council' }));
    expect(sheets.map((s) => s.name)).toEqual(['Matrix', ...doc.departments.map((d) => d.name), 'Works council']);
    const legal = sheets.find((s) => s.name === 'Legal');
    expect(texts(legal?.rows[0])).toEqual(['Legal: what it holds']);
    expect(legal?.rows.some((row) => row[0]?.text === 'A' && /^Accountable \(\d+\)$/.test(row[1]?.text ?? ''))).toBe(true);
    const council = sheets.at(-1);
    expect(council?.rows.filter((row) => row[1]?.text === 'None')).toHaveLength(4);
  });

  it('names sheets as Excel allows: 31 characters, no []:*?/\\, unique whatever the case', () => {
    const taken = new Set(['matrix', 'legal']);
    expect(sheetName('Legal', taken)).toBe('Legal (2)');
    expect(sheetName('MATRIX', taken)).toBe('MATRIX (2)');
    expect(sheetName('R&D / IT: [EMEA]?', taken)).toBe('R&D IT EMEA');
    expect(sheetName('A department with a very long name indeed', taken)).toBe('A department with a very long n');
    expect(sheetName('A department with a very long name indeed', new Set(['a department with a very long n']))).toBe('A department with a very lo (2)');
    expect(sheetName('///', taken)).toBe('Department');
  });
});

import { describe, expect, it } from 'vitest';
import { assign } from '../../src/domain/assignmentEdits';
import { cellRoles, rolesInCell } from '../../src/domain/cellRoles';
import { checkMatrix, type CheckedMatrix } from '../../src/domain/checks/checkDocument';
import { indexMatrix } from '../../src/domain/checks/matrixIndex';
import type { RaciDocument } from '../../src/domain/model';
import { fullestCells, rolesHeld } from '../../src/features/matrix/matrixRows';
import { matrix } from './checks/checkTestMatrix';
import { readsLikeFresh } from './checks/matrixCases';

const doc = matrix({ departments: ['pr', 'it', 'legal'], activities: ['post', 'crisis'], cells: ['post pr I', 'post pr A', 'post pr R', 'crisis it C'] });

/** Every cell of the document, as a person reads the matrix: row by row, department by department. */
const grid = (of: RaciDocument, rolesOf: (activityId: string, departmentId: string) => readonly string[]) =>
  of.activities.map((a) => of.departments.map((d) => rolesOf(a.id, d.id).join('')));

describe('the cells of the matrix', () => {
  it('lists the roles of a cell in the scheme’s order, whatever order they were given in', () => {
    expect(cellRoles(doc)('post', 'pr')).toEqual(['R', 'A', 'I']);
    expect(cellRoles(doc)('post', 'it')).toEqual([]);
    expect(rolesInCell(doc, 'post', 'pr')).toEqual(['R', 'A', 'I']);
    expect(rolesHeld(indexMatrix(doc), 'post', 'pr')).toEqual(['R', 'A', 'I']);
  });

  it('says per department the most roles one of its cells holds', () => {
    expect(fullestCells(doc.departments, indexMatrix(doc))).toBe('3,1,0');
  });

  it('reads again only the rows an edit touched, sharing the others', () => {
    const first = checkMatrix(doc);
    const next = checkMatrix(assign(doc, { activityId: 'crisis', departmentId: 'legal', role: 'I' }), first);
    expect(next.index.rolesOn.get('post')).toBe(first.index.rolesOn.get('post'));
    expect(rolesHeld(next.index, 'crisis', 'legal')).toEqual(['I']);
  });

  it('gives every cell what a fresh reading gives, after any run of edits read from the last version', () => {
    readsLikeFresh(checkMatrix, ({ index }: CheckedMatrix, of) => {
      const fresh = cellRoles(of);
      expect(grid(of, (a, d) => rolesHeld(index, a, d))).toEqual(grid(of, fresh));
      expect(grid(of, (a, d) => rolesInCell(of, a, d))).toEqual(grid(of, fresh));
      expect(fullestCells(of.departments, index)).toBe(fullestCells(of.departments, indexMatrix(of)));
    });
  });
});

import { describe, expect, it } from 'vitest';
import { assign } from '../../src/domain/assignmentEdits';
import { cellRoles, indexCells, rolesAt, rolesInCell, type MatrixCells } from '../../src/domain/cellRoles';
import { fullestCells } from '../../src/features/matrix/matrixRows';
import { matrix } from './checks/checkTestMatrix';
import { readsLikeFresh } from './checks/matrixCases';

const doc = matrix({ departments: ['pr', 'it', 'legal'], activities: ['post', 'crisis'], cells: ['post pr I', 'post pr A', 'post pr R', 'crisis it C'] });

/** Every cell of the document, as a person reads the matrix: row by row, department by department. */
const grid = (cells: MatrixCells) =>
  cells.doc.activities.map((a) => cells.doc.departments.map((d) => rolesAt(cells, a.id, d.id).join('')));

describe('the cells of the matrix', () => {
  it('lists the roles of a cell in the scheme’s order, whatever order they were given in', () => {
    expect(cellRoles(doc)('post', 'pr')).toEqual(['R', 'A', 'I']);
    expect(cellRoles(doc)('post', 'it')).toEqual([]);
    expect(rolesInCell(doc, 'post', 'pr')).toEqual(['R', 'A', 'I']);
  });

  it('says per department the most roles one of its cells holds', () => {
    expect(fullestCells(doc.departments, indexCells(doc))).toBe('3,1,0');
  });

  it('reads again only the rows an edit touched, sharing the others', () => {
    const first = indexCells(doc);
    const next = indexCells(assign(doc, { activityId: 'crisis', departmentId: 'legal', role: 'I' }), first);
    expect(next.rows.get('post')).toBe(first.rows.get('post'));
    expect(rolesAt(next, 'crisis', 'legal')).toEqual(['I']);
  });

  it('gives every cell what a fresh index gives, after any run of edits read from the last index', () => {
    readsLikeFresh(indexCells, (cells, doc) => {
      const fresh = indexCells(doc);
      expect(grid(cells)).toEqual(grid(fresh));
      expect(fullestCells(doc.departments, cells)).toBe(fullestCells(doc.departments, fresh));
      for (const a of doc.activities) for (const d of doc.departments) expect(rolesInCell(doc, a.id, d.id)).toEqual(rolesAt(fresh, a.id, d.id));
    });
  });
});

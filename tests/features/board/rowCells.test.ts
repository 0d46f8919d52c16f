import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign } from '../../../src/domain/assignmentEdits';
import { createSocialMediaWorkshop } from '../../../src/domain/templates/socialMedia';
import { indexRowCells, type IndexedRows } from '../../../src/features/board/rowCells';
import { documentOf, edit, editArb, matrixCaseArb } from '../../domain/checks/matrixCases';
import { propertyRuns } from '../../propertyRuns';

const doc = createSocialMediaWorkshop('2026-11-22');

describe('indexRowCells', () => {
  it('lists the departments of each lane in palette order', () => {
    const filled = assign(assign(doc, { activityId: 'crisis', departmentId: 'legal', role: 'C' }), { activityId: 'crisis', departmentId: 'marketing', role: 'C' });
    expect(indexRowCells(filled).cells.get('crisis')?.get('C')?.map((d) => d.id)).toEqual(['marketing', 'legal']);
  });

  it('keeps the row objects of unchanged rows, so only changed rows re-render', () => {
    const before = indexRowCells(assign(doc, { activityId: 'crisis', departmentId: 'pr', role: 'A' }));
    const next = assign(assign(doc, { activityId: 'crisis', departmentId: 'pr', role: 'A' }), { activityId: 'policy', departmentId: 'legal', role: 'A' });
    const after = indexRowCells(next, before);
    expect(after.cells.get('crisis')).toBe(before.cells.get('crisis'));
    expect(after.cells.get('strategy')).toBe(before.cells.get('strategy'));
    expect(after.cells.get('policy')).not.toBe(before.cells.get('policy'));
  });

  it('gives every row the lanes a fresh index gives, after any run of edits read from the last index', () => {
    const lanes = (rows: IndexedRows, ids: readonly string[]) =>
      ids.map((id) => [...(rows.cells.get(id) ?? new Map<string, readonly { readonly id: string }[]>())].map(([role, list]) => [role, list.map((d) => d.id)]).sort());
    fc.assert(
      fc.property(matrixCaseArb, fc.array(editArb, { maxLength: 12 }), (c, edits) => {
        let current = documentOf(c);
        let rows = indexRowCells(current);
        for (const step of edits) {
          current = edit(current, step);
          rows = indexRowCells(current, rows);
          const ids = current.activities.map((a) => a.id);
          expect(lanes(rows, ids)).toEqual(lanes(indexRowCells(current), ids));
        }
      }),
      { numRuns: Math.ceil(propertyRuns() / 10) },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { assign } from '../../../src/domain/assignmentEdits';
import { checkMatrix, type CheckedMatrix } from '../../../src/domain/checks/checkDocument';
import type { RaciDocument } from '../../../src/domain/model';
import { createSocialMediaWorkshop } from '../../../src/domain/templates/socialMedia';
import { laneCells } from '../../../src/features/board/rowCells';
import { readsLikeFresh } from '../../domain/checks/matrixCases';

const doc = createSocialMediaWorkshop('2026-11-22');

/** Each row's lanes as the board shows them: the departments' ids, lane by lane. */
function boardLanes(checked: CheckedMatrix): string[][] {
  const cellsOf = laneCells(checked.doc.departments);
  return checked.doc.activities.map((a) => {
    const row = checked.index.holders.get(a.id);
    return row ? [...cellsOf(row)].map(([role, lane]) => `${role}: ${lane.map((d) => d.id).join(' ')}`).sort() : [];
  });
}

/** The same, read plainly from the assignments: every department holding the role, in palette order. */
function expectedLanes(of: RaciDocument): string[][] {
  return of.activities.map((a) => {
    const held = (role: string, id: string) => of.assignments.some((x) => x.activityId === a.id && x.departmentId === id && x.role === role);
    const roles = [...new Set(of.assignments.filter((x) => x.activityId === a.id && of.departments.some((d) => d.id === x.departmentId)).map((x) => x.role))];
    return roles.map((role) => `${role}: ${of.departments.filter((d) => held(role, d.id)).map((d) => d.id).join(' ')}`).sort();
  });
}

describe('the board’s lanes', () => {
  it('lists the departments of each lane in palette order', () => {
    const filled = assign(assign(doc, { activityId: 'crisis', departmentId: 'legal', role: 'C' }), { activityId: 'crisis', departmentId: 'marketing', role: 'C' });
    const checked = checkMatrix(filled);
    const crisis = checked.index.holders.get('crisis');
    expect(crisis && laneCells(filled.departments)(crisis).get('C')?.map((d) => d.id)).toEqual(['marketing', 'legal']);
  });

  it('keeps the lanes of rows a drop did not touch, so only the changed row re-renders', () => {
    const before = checkMatrix(assign(doc, { activityId: 'crisis', departmentId: 'pr', role: 'A' }));
    const after = checkMatrix(assign(before.doc, { activityId: 'policy', departmentId: 'legal', role: 'A' }), before);
    const cellsOf = laneCells(doc.departments);
    const lanes = (checked: CheckedMatrix, id: string) => cellsOf(checked.index.holders.get(id) ?? new Map());
    expect(lanes(after, 'crisis')).toBe(lanes(before, 'crisis'));
    expect(lanes(after, 'policy')).not.toBe(lanes(before, 'policy'));
    expect(lanes(after, 'policy').get('A')?.map((d) => d.id)).toEqual(['legal']);
  });

  it('shows in every row what the assignments say, after any run of edits read from the last version', () => {
    readsLikeFresh(checkMatrix, (checked, of) => expect(boardLanes(checked)).toEqual(expectedLanes(of)));
  });
});

import { describe, expect, it } from 'vitest';
import { assign } from '../../../src/domain/assignmentEdits';
import { createSocialMediaWorkshop } from '../../../src/domain/templates/socialMedia';
import { indexRowCells } from '../../../src/features/board/rowCells';

const doc = createSocialMediaWorkshop('2026-11-22');

describe('indexRowCells', () => {
  it('lists the departments of each lane in palette order', () => {
    const filled = assign(assign(doc, { activityId: 'crisis', departmentId: 'legal', role: 'C' }), { activityId: 'crisis', departmentId: 'marketing', role: 'C' });
    expect(indexRowCells(filled).get('crisis')?.get('C')?.map((d) => d.id)).toEqual(['marketing', 'legal']);
  });

  it('keeps the row objects of unchanged rows, so only changed rows re-render', () => {
    const before = indexRowCells(assign(doc, { activityId: 'crisis', departmentId: 'pr', role: 'A' }));
    const next = assign(assign(doc, { activityId: 'crisis', departmentId: 'pr', role: 'A' }), { activityId: 'policy', departmentId: 'legal', role: 'A' });
    const after = indexRowCells(next, before);
    expect(after.get('crisis')).toBe(before.get('crisis'));
    expect(after.get('strategy')).toBe(before.get('strategy'));
    expect(after.get('policy')).not.toBe(before.get('policy'));
  });
});

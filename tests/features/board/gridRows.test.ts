import { describe, expect, it } from 'vitest';
import { groupActivities, UNGROUPED_NAME } from '../../../src/domain/activityGroups';
import { gridRows } from '../../../src/features/board/gridRows';

const groups = groupActivities([
  { id: 'a', name: 'A', group: 'One' },
  { id: 'b', name: 'B', group: 'One' },
  { id: 'c', name: 'C' },
]);

describe('gridRows', () => {
  it('lists each group header, sticky, then its rows', () => {
    const rows = gridRows(groups, []);
    expect(rows.map((r) => r.key)).toEqual(['group:One', 'activity:a', 'activity:b', 'group:', 'activity:c']);
    expect(rows[0]).toMatchObject({ kind: 'group', name: 'One', count: 2, folded: false, sticky: true });
    expect(rows[3]).toMatchObject({ kind: 'group', name: UNGROUPED_NAME, group: '' });
  });

  it('leaves out the rows of a folded group, keeping its header with the count', () => {
    const rows = gridRows(groups, ['One']);
    expect(rows.map((r) => r.key)).toEqual(['group:One', 'group:', 'activity:c']);
    expect(rows[0]).toMatchObject({ folded: true, count: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import { assign, moveAssignment } from '../../../src/domain/assignmentEdits';
import { updateActivity } from '../../../src/domain/activityEdits';
import { groupChanges } from '../../../src/domain/compare/changeSections';
import { indexRowChanges, leavingKey, type ChangeChoice } from '../../../src/domain/compare/rowChanges';
import { diffWorkshops } from '../../../src/domain/compare/workshopChanges';
import { createExampleWorkshop } from '../../../src/domain/templates/example';

const base = createExampleWorkshop('2026-11-22');
let returned = assign(base, { activityId: 'crisis', departmentId: 'legal', role: 'I' });
returned = moveAssignment(returned, { activityId: 'policy', departmentId: 'hr', role: 'R' }, { activityId: 'policy', role: 'C' });
returned = updateActivity(returned, 'blog', { name: 'Write the company blog' });
const changes = diffWorkshops(base, returned);

describe('indexRowChanges', () => {
  it('marks what arrives in a lane and what leaves it, row by row', () => {
    const rows = indexRowChanges(changes, () => 'pending', base, returned);
    expect(rows.get('crisis')?.incoming.get('I')?.map((c) => c.department.id)).toEqual(['legal']);
    expect(rows.get('policy')?.incoming.get('C')?.map((c) => c.department.id)).toEqual(['hr']);
    expect(rows.get('policy')?.leaving.get(leavingKey('hr', 'R'))).toBe('pending');
    expect(rows.get('blog')?.row).toBe('renamed');
    expect(rows.has('strategy')).toBe(false);
  });

  it('keeps a row’s object while its marks hold, so only the rows a choice touches re-render', () => {
    const first = indexRowChanges(changes, () => 'pending', base, returned);
    const choice = (id: string): ChangeChoice => (id.startsWith('assignment-added') ? 'accepted' : 'pending');
    const second = indexRowChanges(changes, choice, base, returned, first);
    expect(second.get('policy')).toBe(first.get('policy'));
    expect(second.get('crisis')).not.toBe(first.get('crisis'));
    expect(second.get('crisis')?.incoming.get('I')?.[0]?.choice).toBe('accepted');
  });

  it('drops the row mark of a rejected rename', () => {
    const rows = indexRowChanges(changes, (id) => (id.startsWith('activity-renamed') ? 'rejected' : 'pending'), base, returned);
    expect(rows.get('blog')).toBeUndefined();
  });
});

describe('groupChanges', () => {
  it('puts changes under their headings in reading order, leaving out empty ones', () => {
    expect(groupChanges(changes).map((g) => [g.section, g.changes.length])).toEqual([
      ['Assignments', 2],
      ['Activities', 1],
    ]);
  });
});

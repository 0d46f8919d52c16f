import { describe, expect, it } from 'vitest';
import { addActivity, moveActivityWithinGroup, removeActivity, updateActivity } from '../../src/domain/activityEdits';
import { displayOrder, groupActivities, groupNames } from '../../src/domain/activityGroups';
import { assign } from '../../src/domain/assignmentEdits';
import { createSocialMediaWorkshop } from '../../src/domain/templates/socialMedia';

const doc = createSocialMediaWorkshop('2026-11-22');
const ids = (d: typeof doc) => displayOrder(d.activities).map((a) => a.id);

describe('addActivity', () => {
  it('adds at the end of its group', () => {
    const next = addActivity(doc, { name: 'Approve paid campaigns', group: 'Strategy & governance' });
    const strategy = groupActivities(next.activities)[0];
    expect(strategy?.activities.at(-1)).toMatchObject({ id: 'approve-paid-campaigns', name: 'Approve paid campaigns' });
  });

  it('starts a new group at the end, and stores no empty optional fields', () => {
    const next = addActivity(doc, { name: 'Run the LinkedIn page', group: 'New group', channel: '' });
    expect(groupNames(next.activities).at(-1)).toBe('New group');
    expect(next.activities.find((a) => a.name === 'Run the LinkedIn page')).not.toHaveProperty('channel');
  });

  it('refuses a blank name', () => {
    expect(addActivity(doc, { name: '' })).toBe(doc);
  });
});

describe('updateActivity', () => {
  it('renames in place', () => {
    const next = updateActivity(doc, 'complaints', { name: 'Resolve complaints on every channel' });
    expect(ids(next)).toEqual(ids(doc));
    expect(next.activities.find((a) => a.id === 'complaints')?.name).toBe('Resolve complaints on every channel');
  });

  it('regrouping moves the activity to the end of its new group', () => {
    const next = updateActivity(doc, 'complaints', { group: 'Strategy & governance' });
    const strategy = groupActivities(next.activities)[0];
    expect(strategy?.activities.at(-1)?.id).toBe('complaints');
  });

  it('returns the same document when nothing changes', () => {
    expect(updateActivity(doc, 'complaints', { name: 'Resolve customer complaints' })).toBe(doc);
    expect(updateActivity(doc, 'nope', { name: 'X' })).toBe(doc);
  });
});

describe('moveActivityWithinGroup', () => {
  it('swaps with its neighbour in the same group', () => {
    const next = moveActivityWithinGroup(doc, 'policy', -1);
    expect(ids(next).slice(0, 2)).toEqual(['policy', 'strategy']);
  });

  it('does not leave its group', () => {
    expect(moveActivityWithinGroup(doc, 'strategy', -1)).toBe(doc);
    expect(moveActivityWithinGroup(doc, 'champion', 1)).toBe(doc);
  });
});

describe('removeActivity', () => {
  it('removes the activity and its assignments', () => {
    const withOne = assign(doc, { activityId: 'crisis', departmentId: 'pr', role: 'A' });
    const next = removeActivity(withOne, 'crisis');
    expect(next.activities.some((a) => a.id === 'crisis')).toBe(false);
    expect(next.assignments).toEqual([]);
  });

  it('returns the same document for an unknown id', () => {
    expect(removeActivity(doc, 'nope')).toBe(doc);
  });
});

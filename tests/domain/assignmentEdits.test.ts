import { describe, expect, it } from 'vitest';
import { assign, moveAssignment, unassign } from '../../src/domain/assignmentEdits';
import { createSocialMediaWorkshop } from '../../src/domain/templates/socialMedia';

const doc = createSocialMediaWorkshop('2026-11-22');
const legalA = { activityId: 'complaints', departmentId: 'legal', role: 'A' };

describe('assign', () => {
  it('adds the assignment', () => {
    expect(assign(doc, legalA).assignments).toEqual([legalA]);
  });

  it('returns the same document when the assignment exists already (no undo step)', () => {
    const once = assign(doc, legalA);
    expect(assign(once, legalA)).toBe(once);
  });

  it('refuses unknown activities or departments', () => {
    expect(assign(doc, { ...legalA, activityId: 'nope' })).toBe(doc);
    expect(assign(doc, { ...legalA, departmentId: 'nope' })).toBe(doc);
  });

  it('lets one department hold several roles on one activity', () => {
    const both = assign(assign(doc, legalA), { ...legalA, role: 'R' });
    expect(both.assignments).toHaveLength(2);
  });
});

describe('unassign', () => {
  it('removes only that triple', () => {
    const two = assign(assign(doc, legalA), { ...legalA, role: 'R' });
    expect(unassign(two, legalA).assignments).toEqual([{ ...legalA, role: 'R' }]);
  });

  it('returns the same document when there is nothing to remove', () => {
    expect(unassign(doc, legalA)).toBe(doc);
  });
});

describe('moveAssignment', () => {
  const withLegal = assign(doc, legalA);

  it('moves to another cell, keeping its place in the list', () => {
    const before = assign(withLegal, { activityId: 'strategy', departmentId: 'marketing', role: 'A' });
    const moved = moveAssignment(before, legalA, { activityId: 'policy', role: 'C' });
    expect(moved.assignments[0]).toEqual({ activityId: 'policy', departmentId: 'legal', role: 'C' });
    expect(moved.assignments).toHaveLength(2);
  });

  it('merges into an existing assignment of the same department', () => {
    const target = { activityId: 'policy', departmentId: 'legal', role: 'C' };
    const both = assign(withLegal, target);
    expect(moveAssignment(both, legalA, target).assignments).toEqual([target]);
  });

  it('changes nothing when dropped on its own cell, or when the source is gone', () => {
    expect(moveAssignment(withLegal, legalA, { activityId: 'complaints', role: 'A' })).toBe(withLegal);
    expect(moveAssignment(doc, legalA, { activityId: 'policy', role: 'C' })).toBe(doc);
  });
});

import { describe, expect, it } from 'vitest';
import { assign } from '../../../src/domain/assignmentEdits';
import { createSocialMediaWorkshop } from '../../../src/domain/templates/socialMedia';
import { dropOutcome } from '../../../src/features/board/dropOutcome';

const doc = createSocialMediaWorkshop('2026-11-22');
const legal = { kind: 'palette', departmentId: 'legal' } as const;
const complaintsA = { kind: 'cell', activityId: 'complaints', role: 'A' } as const;

describe('dropOutcome', () => {
  it('assigns a palette chip dropped on a cell, and says so in words', () => {
    const outcome = dropOutcome(doc, legal, complaintsA);
    expect(outcome.document.assignments).toEqual([{ activityId: 'complaints', departmentId: 'legal', role: 'A' }]);
    expect(outcome.message).toBe('Legal assigned to Resolve customer complaints, Accountable.');
  });

  it('changes nothing when the department is already there', () => {
    const placed = dropOutcome(doc, legal, complaintsA).document;
    const again = dropOutcome(placed, legal, complaintsA);
    expect(again.document).toBe(placed);
    expect(again.message).toMatch(/nothing changed/);
  });

  it('moves a placed chip to another cell, and unassigns it on the palette', () => {
    const assignment = { activityId: 'complaints', departmentId: 'legal', role: 'A' };
    const placed = assign(doc, assignment);
    const moved = dropOutcome(placed, { kind: 'placed', assignment }, { kind: 'cell', activityId: 'policy', role: 'C' });
    expect(moved.document.assignments).toEqual([{ activityId: 'policy', departmentId: 'legal', role: 'C' }]);
    expect(moved.message).toBe('Legal moved from Resolve customer complaints, Accountable to Write the social media policy, Consulted.');
    const removed = dropOutcome(placed, { kind: 'placed', assignment }, { kind: 'palette' });
    expect(removed.document.assignments).toEqual([]);
    expect(removed.message).toBe('Legal removed from Resolve customer complaints, Accountable.');
    expect(dropOutcome(placed, { kind: 'placed', assignment }, complaintsA).document).toBe(placed);
  });

  it('changes nothing without a target', () => {
    expect(dropOutcome(doc, legal, undefined)).toEqual({ document: doc, message: 'Legal was not placed.' });
    expect(dropOutcome(doc, legal, { kind: 'palette' }).document).toBe(doc);
  });
});

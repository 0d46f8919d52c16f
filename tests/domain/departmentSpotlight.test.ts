import { describe, expect, it } from 'vitest';
import { assign } from '../../src/domain/assignmentEdits';
import { departmentSpotlight } from '../../src/domain/departmentSpotlight';
import { createSocialMediaWorkshop } from '../../src/domain/templates/socialMedia';

describe('departmentSpotlight', () => {
  it('counts the activities a department appears in and its roles there', () => {
    let doc = createSocialMediaWorkshop('2026-11-22');
    doc = assign(doc, { activityId: 'crisis', departmentId: 'legal', role: 'C' });
    doc = assign(doc, { activityId: 'crisis', departmentId: 'legal', role: 'I' });
    doc = assign(doc, { activityId: 'calendar', departmentId: 'legal', role: 'C' });
    doc = assign(doc, { activityId: 'calendar', departmentId: 'pr', role: 'A' });
    const spot = departmentSpotlight(doc, 'legal');
    expect([...spot.activityIds].sort()).toEqual(['calendar', 'crisis']);
    expect(Object.fromEntries(spot.roleCounts)).toEqual({ C: 2, I: 1 });
  });

  it('finds nothing for a department without roles', () => {
    const spot = departmentSpotlight(createSocialMediaWorkshop('2026-11-22'), 'hr');
    expect(spot.activityIds.size).toBe(0);
    expect(spot.roleCounts.size).toBe(0);
  });
});

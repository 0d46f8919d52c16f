import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assign, moveAssignment, unassign } from '../../../src/domain/assignmentEdits';
import { addActivity, updateActivity, removeActivity } from '../../../src/domain/activityEdits';
import { setActivityStatus } from '../../../src/domain/activityStatus';
import { setCharter, charterOf } from '../../../src/domain/charterEdits';
import { changeNames, describeChange } from '../../../src/domain/compare/describeChange';
import { mergeChanges, withDependents, withRequirements } from '../../../src/domain/compare/mergeChanges';
import { diffWorkshops, type WorkshopChange } from '../../../src/domain/compare/workshopChanges';
import { addDepartment, removeDepartment, updateDepartment } from '../../../src/domain/departmentEdits';
import type { RaciDocument } from '../../../src/domain/model';
import { createExampleWorkshop } from '../../../src/domain/templates/example';

const base = createExampleWorkshop('2026-11-22');
const sentences = (before: RaciDocument, after: RaciDocument) => {
  const names = changeNames(before, after);
  return diffWorkshops(before, after).map((c) => describeChange(c, names));
};

describe('diffWorkshops', () => {
  it('finds nothing between a workshop and itself', () => {
    expect(diffWorkshops(base, base)).toEqual([]);
  });

  it('says which assignments were added, removed and moved between roles', () => {
    let after = assign(base, { activityId: 'crisis', departmentId: 'legal', role: 'I' });
    after = unassign(after, { activityId: 'strategy', departmentId: 'sales', role: 'C' });
    after = moveAssignment(after, { activityId: 'policy', departmentId: 'hr', role: 'R' }, { activityId: 'policy', role: 'C' });
    expect([...sentences(base, after)].sort()).toEqual([
      'HR moves from Responsible to Consulted on “Write the social media policy”.',
      'Legal becomes Informed on “Lead crisis response”.',
      'Sales is no longer Consulted on “Set social media strategy and objectives”.',
    ]);
    const kinds = diffWorkshops(base, after).map((c) => c.kind).sort();
    expect(kinds).toEqual(['assignment-added', 'assignment-moved', 'assignment-removed']);
  });

  it('matches departments and activities by id: renames, additions and removals', () => {
    let after = updateDepartment(base, 'pr', { name: 'Communications' });
    after = updateActivity(after, 'blog', { name: 'Write the company blog' });
    after = addDepartment(after, { name: 'Works council' });
    after = assign(after, { activityId: 'policy', departmentId: 'works-council', role: 'C' });
    after = removeDepartment(after, 'agency');
    after = removeActivity(after, 'newsroom');
    const changes = diffWorkshops(base, after);
    const text = sentences(base, after);
    expect(text).toContain('Department renamed: “Public Relations” → “Communications”.');
    expect(text).toContain('Activity renamed: “Run the company blog” → “Write the company blog”.');
    expect(text).toContain('New department: Works council.');
    expect(text).toContain('Department removed: Advertising Agency, with its roles.');
    expect(text).toContain('Works council becomes Consulted on “Write the social media policy”.');
    // The agency's and the newsroom's roles go with them: not listed apart.
    expect(changes.filter((c) => c.kind === 'assignment-removed')).toEqual([]);
    const added = changes.find((c) => c.kind === 'assignment-added');
    expect(added && 'requires' in added ? added.requires : []).toEqual(['department-added:works-council']);
  });

  it('reports charter, sign-off, status and workshop fields', () => {
    let after = setCharter(base, { ...charterOf(base), purpose: 'One voice online.', signOff: [{ departmentId: 'legal', lead: 'Dana', acknowledgement: { state: 'agreed', date: '2026-11-30' } }] });
    after = setActivityStatus(after, 'crisis', 'disputed');
    after = { ...after, title: 'Social media roles 2027' };
    const text = sentences(base, after);
    expect(text).toContain(`Charter: Purpose “${charterOf(base).purpose}” → “One voice online.”`);
    expect(text).toContain('Sign-off for Legal: nothing → Dana, agreed on 2026-11-30.');
    expect(text).toContain('“Lead crisis response”: status Open → Disputed.');
    expect(text).toContain(`Title “${base.title}” → “Social media roles 2027”.`);
  });
});

describe('mergeChanges', () => {
  const returned = (() => {
    let doc = addDepartment(base, { name: 'Works council' });
    doc = assign(doc, { activityId: 'policy', departmentId: 'works-council', role: 'C' });
    doc = addActivity(doc, { name: 'Answer reviews', group: base.activities[0]?.group });
    doc = assign(doc, { activityId: 'answer-reviews', departmentId: 'customer-service', role: 'R' });
    doc = moveAssignment(doc, { activityId: 'policy', departmentId: 'hr', role: 'R' }, { activityId: 'policy', role: 'C' });
    return removeDepartment(doc, 'agency');
  })();
  const changes = diffWorkshops(base, returned);

  it('accepting every change gives the returned file', () => {
    const merged = mergeChanges(base, returned, changes);
    expect(diffWorkshops(merged, returned)).toEqual([]);
    expect(merged.departments.map((d) => d.id)).toEqual(returned.departments.map((d) => d.id));
  });

  it('accepting none keeps the workshop as it was', () => {
    expect(mergeChanges(base, returned, [])).toBe(base);
  });

  it('accepting an assignment brings the department it needs; rejecting the department rejects its assignments', () => {
    const assignment = changes.find((c) => c.kind === 'assignment-added' && c.departmentId === 'works-council') as WorkshopChange;
    const needed = withRequirements(changes, new Set([assignment.id]));
    expect([...needed].sort()).toEqual([assignment.id, 'department-added:works-council'].sort());
    const merged = mergeChanges(base, returned, changes.filter((c) => needed.has(c.id)));
    expect(merged.assignments).toContainEqual({ activityId: 'policy', departmentId: 'works-council', role: 'C' });
    expect(merged.departments.some((d) => d.id === 'agency')).toBe(true);
    expect([...withDependents(changes, new Set(['department-added:works-council']))]).toContain(assignment.id);
  });

  it('writes only plain assignments into the document', () => {
    const merged = mergeChanges(base, returned, changes);
    for (const a of merged.assignments) expect(Object.keys(a).sort()).toEqual(['activityId', 'departmentId', 'role']);
  });

  it('any subset of accepted changes (with what they need) moves the workshop exactly that far', () => {
    fc.assert(
      fc.property(fc.subarray(changes.map((c) => c.id)), (picked) => {
        const accepted = withRequirements(changes, new Set(picked));
        const merged = mergeChanges(base, returned, changes.filter((c) => accepted.has(c.id)));
        const left = new Set(diffWorkshops(merged, returned).map((c) => c.id));
        for (const change of changes) expect(left.has(change.id)).toBe(!accepted.has(change.id));
      }),
      { numRuns: 200 },
    );
  });
});

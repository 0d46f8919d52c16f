import { describe, expect, it } from 'vitest';
import { assign, unassign } from '../../../src/domain/assignmentEdits';
import { checkDocument } from '../../../src/domain/checks/checkDocument';
import { errorsAfterMerge, newErrors } from '../../../src/domain/compare/mergeBreaks';
import { diffWorkshops } from '../../../src/domain/compare/workshopChanges';
import { createExampleWorkshop } from '../../../src/domain/templates/example';

const base = createExampleWorkshop('2026-11-22');
const NO_RESPONSIBLE = 'No department is responsible for Write the social media policy. Someone has to do the work.';

/** Legal takes over the policy from HR: two changes, the removal and the addition, decided apart. */
const returned = (() => {
  let doc = unassign(base, { activityId: 'policy', departmentId: 'hr', role: 'R' });
  doc = assign(doc, { activityId: 'policy', departmentId: 'legal', role: 'R' });
  return assign(doc, { activityId: 'crisis', departmentId: 'legal', role: 'I' });
})();
const changes = diffWorkshops(base, returned);
const byId = (id: string) => changes.filter((c) => c.id.startsWith(id));
const hrLeaves = byId('assignment-removed:["policy","hr"]:R');
const legalTakesOver = byId('assignment-added:["policy","legal"]:R');
const legalInformed = byId('assignment-added:["crisis","legal"]:I');

describe('errorsAfterMerge', () => {
  it('finds the three changes it is about', () => {
    expect([hrLeaves, legalTakesOver, legalInformed].map((l) => l.length)).toEqual([1, 1, 1]);
  });

  it('says the error a merge as decided creates, in the checks’ own words', () => {
    const errors = errorsAfterMerge(base, returned, [...hrLeaves, ...legalInformed]);
    expect(errors.map((f) => [f.rule, f.activityId, f.message])).toEqual([['no-responsible', 'policy', NO_RESPONSIBLE]]);
  });

  it('finds nothing when the changes that belong together are merged together', () => {
    expect(errorsAfterMerge(base, returned, changes)).toEqual([]);
    expect(errorsAfterMerge(base, returned, legalInformed)).toEqual([]);
  });

  it('finds nothing when nothing is merged', () => {
    expect(errorsAfterMerge(base, returned, [])).toEqual([]);
  });

  it('does not count an error the open workshop already has', () => {
    const broken = unassign(base, { activityId: 'policy', departmentId: 'hr', role: 'R' });
    expect(checkDocument(broken).findings.some((f) => f.rule === 'no-responsible' && f.activityId === 'policy')).toBe(true);
    const other = assign(broken, { activityId: 'crisis', departmentId: 'legal', role: 'I' });
    expect(errorsAfterMerge(broken, other, diffWorkshops(broken, other))).toEqual([]);
  });

  it('judges as the workshop is judged: under way, a row emptied by the merge is work to do, not an error', () => {
    const emptied = base.assignments.filter((a) => a.activityId === 'policy').reduce((doc, a) => unassign(doc, a), base);
    const removals = diffWorkshops(base, emptied);
    expect(errorsAfterMerge(base, emptied, removals, 'everything').map((f) => f.rule).sort()).toEqual(['no-accountable', 'no-responsible']);
    expect(errorsAfterMerge(base, emptied, removals, 'under-way')).toEqual([]);
  });
});

describe('newErrors', () => {
  it('leaves out warnings and info, and problems that keep their rule and place', () => {
    const before = checkDocument(base);
    expect(newErrors(before, before)).toEqual([]);
    const after = checkDocument(assign(base, { activityId: 'policy', departmentId: 'hr', role: 'A' }));
    expect(newErrors(before, after).map((f) => f.rule)).toEqual(['multiple-accountable']);
  });
});

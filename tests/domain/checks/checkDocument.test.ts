import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign } from '../../../src/domain/assignmentEdits';
import { checkDocument, healthScore, judgeReport } from '../../../src/domain/checks/checkDocument';
import { createExampleWorkshop } from '../../../src/domain/templates/example';
import { createSocialMediaWorkshop } from '../../../src/domain/templates/socialMedia';
import { matrix } from './checkTestMatrix';

const template = createSocialMediaWorkshop('2026-11-22');

describe('checkDocument', () => {
  it('says it in the words of the issue: names, role and what to do', () => {
    let doc = assign(template, { activityId: 'crisis', departmentId: 'pr', role: 'A' });
    doc = assign(doc, { activityId: 'crisis', departmentId: 'leadership', role: 'A' });
    const finding = checkDocument(doc).findings.find((f) => f.rule === 'multiple-accountable');
    expect(finding?.message).toBe('Two departments are accountable for Lead crisis response: Public Relations and Executive Leadership. Agree on one.');
  });

  it('scores health as max(0, 100 - 10 x errors - 3 x warnings), info not counted', () => {
    expect(healthScore(0, 0)).toBe(100);
    expect(healthScore(2, 3)).toBe(71);
    expect(healthScore(11, 0)).toBe(0);
    const report = checkDocument(matrix({ departments: ['pr', 'hr'], activities: ['a1'], cells: ['a1 pr A', 'a1 pr R'] }));
    // hr idle (warning); a1 has nobody consulted or informed (info); pr is never only told.
    expect(report.counts).toEqual({ error: 0, warning: 1, info: 1 });
    expect(report.health).toBe(97);
  });

  it('has nothing to check without departments or without activities, and says which to add', () => {
    const cases = [
      [matrix({ departments: [], activities: [] }), 'Nothing to check yet: add departments and activities.'],
      [matrix({ departments: ['pr', 'hr'], activities: [] }), 'Nothing to check yet: add activities.'],
      [matrix({ departments: [], activities: ['a1', 'a2'] }), 'Nothing to check yet: add departments.'],
    ] as const;
    for (const [doc, message] of cases) {
      const report = checkDocument(doc);
      expect(report.nothingToCheck).toBe(message);
      // Every idle department or ownerless row would be noise before the other side exists.
      expect(report.findings).toEqual([]);
      expect([...report.activityStatus.values(), ...report.departmentStatus.values()].every((s) => s === 'ok')).toBe(true);
    }
    expect(checkDocument(matrix({ departments: ['pr'], activities: ['a1'] })).nothingToCheck).toBeUndefined();
  });

  it('counts progress as activities with an owner', () => {
    const doc = assign(assign(template, { activityId: 'crisis', departmentId: 'pr', role: 'A' }), { activityId: 'policy', departmentId: 'legal', role: 'R' });
    const report = checkDocument(doc);
    expect([report.ownedActivities, report.totalActivities]).toEqual([1, 22]);
  });

  it('lists errors first, then warnings, then info, each in the document’s order', () => {
    const report = checkDocument(matrix({ departments: ['pr', 'hr'], activities: ['a1', 'a2'], cells: ['a2 pr A', 'a2 pr R', 'a2 pr C'] }));
    expect(report.findings.map((f) => `${f.severity} ${f.rule} ${f.activityId ?? f.departmentId}`)).toEqual([
      'error no-accountable a1',
      'error no-responsible a1',
      'warning conflicting-roles a2',
      'warning idle-department hr',
      'info no-communication a1',
    ]);
  });

  it('marks rows and departments with their worst finding (info leaves ok), and counts R and A per department', () => {
    const report = checkDocument(matrix({ departments: ['pr', 'hr'], activities: ['a1', 'a2'], cells: ['a2 pr A', 'a2 pr R', 'a2 hr I'] }));
    expect(report.activityStatus).toEqual(new Map([['a1', 'error'], ['a2', 'ok']]));
    expect(report.departmentStatus).toEqual(new Map([['pr', 'ok'], ['hr', 'ok']]));
    expect(report.departmentLoad.get('pr')).toEqual({ doer: 1, owner: 1 });
  });

  it('marks the row of a cell finding, not the department', () => {
    const report = checkDocument(matrix({ departments: ['pr'], activities: ['a1'], cells: ['a1 pr A', 'a1 pr R', 'a1 pr I'] }));
    expect(report.activityStatus.get('a1')).toBe('warning');
    expect(report.departmentStatus.get('pr')).toBe('ok');
  });

  it('finds nothing wrong in a matrix that follows every rule', () => {
    const doc = matrix({
      departments: ['pr', 'legal', 'it', 'hr'],
      activities: ['a1', 'a2'],
      cells: ['a1 pr A', 'a1 it R', 'a1 legal C', 'a2 legal A', 'a2 hr R', 'a2 pr I'],
    });
    expect(checkDocument(doc).findings).toEqual([]);
    expect(checkDocument(doc).health).toBe(100);
  });

  it('judges the filled example as the seeds advise: every activity owned', () => {
    const report = checkDocument(createExampleWorkshop('2026-11-22'));
    expect(report.ownedActivities).toBe(report.totalActivities);
    expect(report.findings.filter((f) => f.rule === 'no-accountable' || f.rule === 'multiple-accountable')).toEqual([]);
  });

  it('gives the same findings whatever the order of the assignments', () => {
    const example = createExampleWorkshop('2026-11-22');
    const expected = checkDocument(example).findings;
    fc.assert(
      fc.property(fc.shuffledSubarray([...example.assignments], { minLength: example.assignments.length }), (shuffled) => {
        expect(checkDocument({ ...example, assignments: shuffled }).findings).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same findings for any matrix whatever the order of its assignments', () => {
    const departments = ['pr', 'legal', 'it', 'hr', 'sales'];
    const activities = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
    const cell = fc.tuple(fc.constantFrom(...activities), fc.constantFrom(...departments), fc.constantFrom('R', 'A', 'C', 'I'));
    fc.assert(
      fc.property(fc.uniqueArray(cell, { selector: (c) => c.join(' '), maxLength: 60 }), fc.integer(), (cells, seed) => {
        const doc = matrix({ departments, activities, cells: cells.map((c) => c.join(' ')) });
        const reversed = { ...doc, assignments: [...doc.assignments].reverse() };
        const rotated = { ...doc, assignments: doc.assignments.map((_, i, all) => all[(i + Math.abs(seed)) % all.length]!) };
        const expected = checkDocument(doc).findings;
        expect(checkDocument(reversed).findings).toEqual(expected);
        expect(checkDocument(rotated).findings).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a workshop under way', () => {
  const template = createSocialMediaWorkshop('2026-11-22');

  it('counts a row settled once it has a role, no error, and is neither disputed nor parked', () => {
    const owned = assign(assign(template, { activityId: 'crisis', departmentId: 'pr', role: 'A' }), { activityId: 'crisis', departmentId: 'pr', role: 'R' });
    expect(checkDocument(owned).settledActivities).toBe(1);
    const parked = { ...owned, activities: owned.activities.map((a) => (a.id === 'crisis' ? { ...a, status: 'parked' as const } : a)) };
    expect(checkDocument(parked).settledActivities).toBe(0);
    const halfway = assign(template, { activityId: 'crisis', departmentId: 'pr', role: 'A' });
    expect(checkDocument(halfway).settledActivities).toBe(0);
  });

  it('judges the touched rows alone, marks the others still to do, and leaves every row to the whole report', () => {
    const touched = assign(template, { activityId: 'crisis', departmentId: 'pr', role: 'A' });
    const report = checkDocument(touched);
    const underWay = judgeReport(report, 'under-way');
    expect(report.counts.error).toBe(43);
    expect(underWay.counts).toEqual({ error: 1, warning: 0, info: 1 });
    expect(underWay.findings.every((f) => f.activityId === 'crisis' || f.rule !== 'idle-department')).toBe(true);
    expect(underWay.activityStatus.get('crisis')).toBe('error');
    expect(underWay.activityStatus.get('policy')).toBe('todo');
    expect(underWay.departmentStatus.get('legal')).toBe('todo');
    expect(underWay.departmentStatus.get('pr')).toBe('ok');
    expect(underWay.health).toBe(90);
    expect(judgeReport(report, 'everything')).toBe(report);
  });
});

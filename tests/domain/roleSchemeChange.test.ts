import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/domain/checks/checkDocument';
import type { RaciDocument } from '../../src/domain/model';
import { changeRoleScheme, planRoleSchemeChange } from '../../src/domain/roleSchemeChange';
import { createExampleWorkshop } from '../../src/domain/templates/example';
import { createSocialMediaWorkshop } from '../../src/domain/templates/socialMedia';

const example = createExampleWorkshop('2026-11-22');

const rasci: RaciDocument = {
  ...createSocialMediaWorkshop('2026-11-22'),
  roleScheme: 'RASCI',
  assignments: [
    { activityId: 'complaints', departmentId: 'customer-service', role: 'R' },
    { activityId: 'complaints', departmentId: 'customer-service', role: 'A' },
    { activityId: 'complaints', departmentId: 'marketing', role: 'S' },
    { activityId: 'complaints', departmentId: 'legal', role: 'S' },
    { activityId: 'complaints', departmentId: 'legal', role: 'C' },
    { activityId: 'complaints', departmentId: 'pr', role: 'I' },
  ],
};

const plan = (doc: RaciDocument, target: Parameters<typeof planRoleSchemeChange>[1]) =>
  planRoleSchemeChange(doc, target).map(({ from, to, count, alternatives }) => ({ from, to, count, alternatives }));

describe('planRoleSchemeChange', () => {
  it('maps every role by meaning, with how many assignments hold it', () => {
    const counts = new Map<string, number>();
    for (const a of example.assignments) counts.set(a.role, (counts.get(a.role) ?? 0) + 1);
    expect(plan(example, 'DACI')).toEqual([
      { from: 'R', to: 'D', count: counts.get('R'), alternatives: [] },
      { from: 'A', to: 'A', count: counts.get('A'), alternatives: [] },
      { from: 'C', to: 'C', count: counts.get('C'), alternatives: [] },
      { from: 'I', to: 'I', count: counts.get('I'), alternatives: [] },
    ]);
  });

  it('offers Support, which RACI lacks, as Consulted by default, or any role but the owner, or dropped', () => {
    expect(plan(rasci, 'RACI')[2]).toEqual({ from: 'S', to: 'C', count: 2, alternatives: ['R', 'C', 'I', undefined] });
    expect(plan(rasci, 'DACI')[2]).toEqual({ from: 'S', to: 'C', count: 2, alternatives: ['D', 'C', 'I', undefined] });
  });

  it('counts roles nobody holds as zero, so the dialog can show the whole mapping', () => {
    const empty = createSocialMediaWorkshop('2026-11-22');
    expect(plan(empty, 'RASCI').map((m) => m.count)).toEqual([0, 0, 0, 0]);
  });
});

describe('changeRoleScheme', () => {
  it('renames the letters and keeps the assignments in order', () => {
    const { document, kept, merged, dropped } = changeRoleScheme(example, 'DACI', planRoleSchemeChange(example, 'DACI'));
    expect(document.roleScheme).toBe('DACI');
    expect(document.assignments.map((a) => a.role)).toEqual(example.assignments.map((a) => (a.role === 'R' ? 'D' : a.role)));
    expect({ kept, merged, dropped }).toEqual({ kept: example.assignments.length, merged: 0, dropped: 0 });
  });

  it('merges Support into a role the department already holds, and says how many', () => {
    const outcome = changeRoleScheme(rasci, 'RACI', planRoleSchemeChange(rasci, 'RACI'));
    expect(outcome.document.assignments.filter((a) => a.departmentId === 'legal')).toEqual([
      { activityId: 'complaints', departmentId: 'legal', role: 'C' },
    ]);
    expect({ kept: outcome.kept, merged: outcome.merged, dropped: outcome.dropped }).toEqual({ kept: 5, merged: 1, dropped: 0 });
  });

  it('drops a role mapped to nothing', () => {
    const mappings = planRoleSchemeChange(rasci, 'RACI').map((m) => (m.from === 'S' ? { ...m, to: undefined } : m));
    const outcome = changeRoleScheme(rasci, 'RACI', mappings);
    expect(outcome.document.assignments.some((a) => a.role === 'S')).toBe(false);
    expect(outcome.dropped).toBe(2);
    expect(outcome.kept).toBe(4);
  });

  it('is no change for the same scheme (no undo step)', () => {
    expect(changeRoleScheme(example, 'RACI', planRoleSchemeChange(example, 'RACI')).document).toBe(example);
  });

  it('goes there and back without losing an assignment when nothing merges', () => {
    const there = changeRoleScheme(example, 'RASCI', planRoleSchemeChange(example, 'RASCI')).document;
    const back = changeRoleScheme(there, 'RACI', planRoleSchemeChange(there, 'RACI')).document;
    expect(back).toEqual(example);
  });

  it('lets the checks judge the new scheme: DACI wants one Driver where RACI allowed two doers', () => {
    const twoDoers: RaciDocument = {
      ...rasci,
      roleScheme: 'RACI',
      assignments: [...rasci.assignments.filter((a) => a.role !== 'S'), { activityId: 'complaints', departmentId: 'pr', role: 'R' }],
    };
    const daci = changeRoleScheme(twoDoers, 'DACI', planRoleSchemeChange(twoDoers, 'DACI')).document;
    const onComplaints = (doc: RaciDocument) => checkDocument(doc).findings.filter((f) => f.activityId === 'complaints' && f.rule === 'too-many-responsible');
    expect(onComplaints(twoDoers)).toEqual([]);
    expect(onComplaints(daci).map((f) => f.message)).toEqual([expect.stringContaining('DACI allows exactly one Driver per activity.')]);
  });
});

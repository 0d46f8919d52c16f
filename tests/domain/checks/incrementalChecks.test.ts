import { describe, expect, it } from 'vitest';
import { assign } from '../../../src/domain/assignmentEdits';
import { checkDocument, checkMatrix } from '../../../src/domain/checks/checkDocument';
import { activitiesTouched } from '../../../src/domain/touchedRows';
import { readsLikeFresh } from './matrixCases';
import { matrix } from './checkTestMatrix';

describe('checking a matrix from its last version', () => {
  it('reports exactly what checking the whole matrix afresh reports, after any run of edits', () => {
    readsLikeFresh(checkMatrix, (checked, doc) => expect(checked.report).toEqual(checkDocument(doc)));
  });

  it('reads again only the row a drop changed', () => {
    const before = matrix({ departments: ['pr', 'it'], activities: ['post', 'crisis', 'ads'], cells: ['post pr A', 'crisis it R', 'ads pr A'] });
    const after = assign(before, { activityId: 'crisis', departmentId: 'pr', role: 'A' });
    expect([...activitiesTouched(before.assignments, after.assignments)]).toEqual(['crisis']);
    const first = checkMatrix(before);
    const next = checkMatrix(after, first);
    // Rows the drop did not touch keep the very findings of the last check.
    expect(next.activityFindings.get('post')).toBe(first.activityFindings.get('post'));
    expect(next.activityFindings.get('crisis')).not.toBe(first.activityFindings.get('crisis'));
    expect(next.report.findings.filter((f) => f.activityId === 'crisis').map((f) => f.rule)).toEqual(['no-communication']);
  });
});

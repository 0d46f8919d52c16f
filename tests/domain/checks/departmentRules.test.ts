import { describe, expect, it } from 'vitest';
import { defaultCheckSettings } from '../../../src/domain/checks/checkSettings';
import { findingsOf, matrix } from './checkTestMatrix';

const activities = (n: number) => Array.from({ length: n }, (_, i) => `a${i + 1}`);

describe('idle-department', () => {
  it('fires for a department with no role anywhere', () => {
    expect(findingsOf(matrix({ departments: ['pr', 'hr'], activities: ['a1'], cells: ['a1 pr A'] }), 'idle-department')).toEqual([
      { rule: 'idle-department', severity: 'warning', departmentId: 'hr', message: 'Hr has no role in any activity. Give it one, or take it out of the workshop.' },
    ]);
  });
  it('stays quiet once it holds any role', () => {
    expect(findingsOf(matrix({ departments: ['pr', 'hr'], activities: ['a1'], cells: ['a1 pr A', 'a1 hr I'] }), 'idle-department')).toEqual([]);
  });
});

describe('overloaded-department', () => {
  const doing = (n: number, of: number) => matrix({ departments: ['marketing'], activities: activities(of), cells: activities(n).map((a) => `${a} marketing R`) });
  it('fires above half of 6 or more activities', () => {
    expect(findingsOf(doing(4, 6), 'overloaded-department')).toMatchObject([
      { severity: 'warning', departmentId: 'marketing', message: 'Marketing is responsible for 4 of 6 activities, more than 50%. Share the work.' },
    ]);
  });
  it('stays quiet at exactly half, and below 6 activities', () => {
    expect(findingsOf(doing(3, 6), 'overloaded-department')).toEqual([]);
    expect(findingsOf(doing(5, 5), 'overloaded-department')).toEqual([]);
  });
  it('follows the workshop’s thresholds', () => {
    const settings = { ...defaultCheckSettings, overloadedPercent: 25, loadRulesFrom: 4 };
    const doc = matrix({ departments: ['marketing'], activities: activities(4), cells: ['a1 marketing R', 'a2 marketing R'], checkSettings: settings });
    expect(findingsOf(doc, 'overloaded-department')).toHaveLength(1);
  });
});

describe('accountability-concentration', () => {
  const owning = (n: number, of: number) => matrix({ departments: ['leadership'], activities: activities(of), cells: activities(n).map((a) => `${a} leadership A`) });
  it('fires above 40% of 6 or more activities', () => {
    expect(findingsOf(owning(5, 10), 'accountability-concentration')).toMatchObject([
      { severity: 'warning', departmentId: 'leadership', message: 'Leadership is accountable for 5 of 10 activities, more than 40%. Spread the ownership.' },
    ]);
  });
  it('stays quiet at exactly 40%, and below 6 activities', () => {
    expect(findingsOf(owning(4, 10), 'accountability-concentration')).toEqual([]);
    expect(findingsOf(owning(5, 5), 'accountability-concentration')).toEqual([]);
  });
});

describe('no-ownership', () => {
  it('fires as info for a department that is only ever consulted or informed', () => {
    expect(findingsOf(matrix({ departments: ['legal'], activities: ['a1', 'a2'], cells: ['a1 legal C', 'a2 legal I'] }), 'no-ownership')).toEqual([
      { rule: 'no-ownership', severity: 'info', departmentId: 'legal', message: 'Legal is only ever Consulted or Informed, never Responsible or Accountable.' },
    ]);
  });
  it('stays quiet once it holds R or A anywhere, and for an idle department (that is idle-department)', () => {
    expect(findingsOf(matrix({ departments: ['legal'], activities: ['a1', 'a2'], cells: ['a1 legal C', 'a2 legal R'] }), 'no-ownership')).toEqual([]);
    expect(findingsOf(matrix({ departments: ['legal'], activities: ['a1'] }), 'no-ownership')).toEqual([]);
  });
  it('speaks the role scheme’s words', () => {
    const doc = matrix({ departments: ['legal'], activities: ['a1'], cells: ['a1 legal C'], roleScheme: 'DACI' });
    expect(findingsOf(doc, 'no-ownership')[0]?.message).toBe('Legal is only ever Contributor or Informed, never Driver or Approver.');
  });
});

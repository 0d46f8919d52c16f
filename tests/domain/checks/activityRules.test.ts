import { describe, expect, it } from 'vitest';
import { defaultCheckSettings } from '../../../src/domain/checks/checkSettings';
import { findingsOf, matrix } from './checkTestMatrix';

const departments = ['pr', 'legal', 'it', 'hr', 'sales', 'marketing'];

describe('no-accountable', () => {
  it('fires when nobody holds A, naming the activity', () => {
    const found = findingsOf(matrix({ departments, activities: ['crisis'], cells: ['crisis pr R'] }), 'no-accountable');
    expect(found).toEqual([{ rule: 'no-accountable', severity: 'error', activityId: 'crisis', message: 'No department is accountable for Crisis. Agree on one.' }]);
  });
  it('stays quiet with one A', () => {
    expect(findingsOf(matrix({ departments, activities: ['crisis'], cells: ['crisis pr A'] }), 'no-accountable')).toEqual([]);
  });
});

describe('multiple-accountable', () => {
  it('fires with two A, naming both departments in department order', () => {
    const doc = matrix({ departments, activities: ['crisis'], cells: ['crisis legal A', 'crisis pr A'] });
    expect(findingsOf(doc, 'multiple-accountable')).toEqual([
      {
        rule: 'multiple-accountable',
        severity: 'error',
        activityId: 'crisis',
        message: 'Two departments are accountable for Crisis: Pr and Legal. Agree on one.',
      },
    ]);
  });
  it('stays quiet with one A, and does not double up with no-accountable', () => {
    const doc = matrix({ departments, activities: ['crisis'], cells: ['crisis pr A'] });
    expect(findingsOf(doc, 'multiple-accountable')).toEqual([]);
  });
});

describe('no-responsible', () => {
  it('fires when nobody holds R', () => {
    expect(findingsOf(matrix({ departments, activities: ['crisis'], cells: ['crisis pr A'] }), 'no-responsible')).toMatchObject([
      { severity: 'error', activityId: 'crisis', message: 'No department is responsible for Crisis. Someone has to do the work.' },
    ]);
  });
  it('stays quiet with one R', () => {
    expect(findingsOf(matrix({ departments, activities: ['crisis'], cells: ['crisis pr R'] }), 'no-responsible')).toEqual([]);
  });
});

describe('too-many-responsible', () => {
  const withDoers = (n: number, maxResponsible = 3) =>
    matrix({
      departments,
      activities: ['posts'],
      cells: departments.slice(0, n).map((d) => `posts ${d} R`),
      checkSettings: { ...defaultCheckSettings, maxResponsible },
    });
  it('stays quiet at the threshold (3) and fires above it (4)', () => {
    expect(findingsOf(withDoers(3), 'too-many-responsible')).toEqual([]);
    expect(findingsOf(withDoers(4), 'too-many-responsible')).toMatchObject([
      { severity: 'warning', activityId: 'posts', message: 'Four departments are responsible for Posts: Pr, Legal, It and Hr. More than 3 blur who does the work.' },
    ]);
  });
  it('follows the workshop’s threshold', () => {
    expect(findingsOf(withDoers(2, 1), 'too-many-responsible')).toHaveLength(1);
    expect(findingsOf(withDoers(4, 4), 'too-many-responsible')).toEqual([]);
  });
  it('in DACI, two Drivers are already one too many', () => {
    const doc = matrix({ departments, activities: ['posts'], cells: ['posts pr D', 'posts it D'], roleScheme: 'DACI' });
    expect(findingsOf(doc, 'too-many-responsible')).toMatchObject([
      { severity: 'warning', message: 'Two departments are driving Posts: Pr and It. DACI allows exactly one Driver per activity.' },
    ]);
  });
});

describe('too-many-consulted', () => {
  const withConsulted = (n: number, maxConsulted = 4) =>
    matrix({
      departments,
      activities: ['policy'],
      cells: departments.slice(0, n).map((d) => `policy ${d} C`),
      checkSettings: { ...defaultCheckSettings, maxConsulted },
    });
  it('stays quiet at the threshold (4) and fires above it (5)', () => {
    expect(findingsOf(withConsulted(4), 'too-many-consulted')).toEqual([]);
    expect(findingsOf(withConsulted(5), 'too-many-consulted')).toMatchObject([
      {
        severity: 'warning',
        activityId: 'policy',
        message: 'Five departments are consulted on Policy: Pr, Legal, It, Hr and Sales. More than 4 slow every decision: inform some instead.',
      },
    ]);
  });
  it('follows the workshop’s threshold', () => {
    expect(findingsOf(withConsulted(3, 2), 'too-many-consulted')).toHaveLength(1);
  });
});

describe('everyone-involved', () => {
  const everyone = (ids: readonly string[]) => matrix({ departments: ids, activities: ['launch'], cells: ids.map((d) => `launch ${d} I`) });
  it('fires when every one of 4 or more departments holds a role', () => {
    expect(findingsOf(everyone(departments.slice(0, 4)), 'everyone-involved')).toMatchObject([
      { severity: 'warning', activityId: 'launch', message: 'Every department (all 4) has a role in Launch. Does everyone really need to be involved?' },
    ]);
  });
  it('stays quiet below 4 departments, and when one department is left out', () => {
    expect(findingsOf(everyone(departments.slice(0, 3)), 'everyone-involved')).toEqual([]);
    const allButOne = matrix({ departments, activities: ['launch'], cells: departments.slice(1).map((d) => `launch ${d} I`) });
    expect(findingsOf(allButOne, 'everyone-involved')).toEqual([]);
  });
  it('counts a department once however many roles it holds', () => {
    const doc = matrix({ departments: departments.slice(0, 4), activities: ['launch'], cells: ['launch pr A', 'launch pr R', 'launch legal C', 'launch it I'] });
    expect(findingsOf(doc, 'everyone-involved')).toEqual([]);
  });
});

describe('no-communication', () => {
  it('fires as info when nobody is consulted or informed', () => {
    expect(findingsOf(matrix({ departments, activities: ['ads'], cells: ['ads pr A', 'ads pr R'] }), 'no-communication')).toEqual([
      { rule: 'no-communication', severity: 'info', activityId: 'ads', message: 'Nobody is consulted on or informed about Ads.' },
    ]);
  });
  it('stays quiet with one C, or with one I', () => {
    expect(findingsOf(matrix({ departments, activities: ['ads'], cells: ['ads legal C'] }), 'no-communication')).toEqual([]);
    expect(findingsOf(matrix({ departments, activities: ['ads'], cells: ['ads legal I'] }), 'no-communication')).toEqual([]);
  });
});

describe('conflicting-roles', () => {
  it('fires for C or I held together with R or A, once per department and activity', () => {
    const doc = matrix({ departments, activities: ['ads'], cells: ['ads pr A', 'ads pr C', 'ads pr I', 'ads legal R', 'ads legal I'] });
    expect(findingsOf(doc, 'conflicting-roles')).toEqual([
      {
        rule: 'conflicting-roles',
        severity: 'warning',
        activityId: 'ads',
        departmentId: 'pr',
        message: 'Pr is Accountable on Ads and also Consulted and Informed. Whoever does or owns the work needs no consulting or informing: keep one role.',
      },
      expect.objectContaining({ departmentId: 'legal', message: expect.stringMatching(/^Legal is Responsible on Ads and also Informed\./) }),
    ]);
  });
  it('fires for C and I together', () => {
    expect(findingsOf(matrix({ departments, activities: ['ads'], cells: ['ads it C', 'ads it I'] }), 'conflicting-roles')).toMatchObject([
      { departmentId: 'it', message: 'It is both Consulted and Informed on Ads. Being consulted already includes being informed: keep one.' },
    ]);
  });
  it('stays quiet for R with A (common and fine), and for roles on different activities', () => {
    const doc = matrix({ departments, activities: ['ads', 'posts'], cells: ['ads pr A', 'ads pr R', 'posts pr C'] });
    expect(findingsOf(doc, 'conflicting-roles')).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocument, judgeReport } from '../../../src/domain/checks/checkDocument';
import type { CheckSettings } from '../../../src/domain/checks/checkSettings';
import { ruleIds, type RuleId, type Severity } from '../../../src/domain/checks/findings';
import { roleSchemeIds, type RaciDocument, type RoleKey, type RoleSchemeId } from '../../../src/domain/model';
import { roleSchemes } from '../../../src/domain/roleSchemes';
import { documentOf, matrixCaseArb } from './matrixCases';
import { propertyRuns } from '../../propertyRuns';

/**
 * A second, deliberately naive implementation of the README's "Live checks", compared with the app's on random
 * matrices. It reads the rules table, not the app's code: plain loops over every activity x department, counted
 * afresh for each rule, so a shortcut in the app's index (matrixIndex.ts) cannot hide in both.
 */

/** What the README's table calls each role in each scheme; checked against roleSchemes.ts below. */
interface SchemeWords {
  readonly roles: readonly RoleKey[];
  readonly owner: RoleKey;
  readonly doer: RoleKey;
  readonly consulted: RoleKey;
  readonly informed: RoleKey;
  /** DACI wants exactly one Driver: two are already too many, whatever maxResponsible says. */
  readonly exactlyOneDoer: boolean;
}

const schemeWords: Readonly<Record<RoleSchemeId, SchemeWords>> = {
  RACI: { roles: ['R', 'A', 'C', 'I'], owner: 'A', doer: 'R', consulted: 'C', informed: 'I', exactlyOneDoer: false },
  // Support helps the doers: a role like any other (it involves a department), but neither doer, owner nor told.
  RASCI: { roles: ['R', 'A', 'S', 'C', 'I'], owner: 'A', doer: 'R', consulted: 'C', informed: 'I', exactlyOneDoer: false },
  DACI: { roles: ['D', 'A', 'C', 'I'], owner: 'A', doer: 'D', consulted: 'C', informed: 'I', exactlyOneDoer: true },
};

/** The README's thresholds, written out again rather than imported, so the defaults are compared too. */
const readmeDefaults: CheckSettings = {
  maxResponsible: 3,
  maxConsulted: 4,
  everyoneInvolvedFrom: 4,
  overloadedPercent: 50,
  concentrationPercent: 40,
  loadRulesFrom: 6,
};

interface ReferenceFinding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly activityId?: string;
  readonly departmentId?: string;
}

const keyOf = (f: ReferenceFinding) => `${f.rule}|${f.severity}|${f.activityId ?? ''}|${f.departmentId ?? ''}`;
const sortedKeys = (findings: readonly ReferenceFinding[]) => findings.map(keyOf).sort();

function referenceFindings(doc: RaciDocument): ReferenceFinding[] {
  // With no departments or no activities there is nothing to judge (checkDocument says which to add instead).
  if (doc.departments.length === 0 || doc.activities.length === 0) return [];
  const words = schemeWords[doc.roleScheme];
  const settings = doc.checkSettings ?? readmeDefaults;
  // The one convenience: a set of held cells, so that "does d hold r on a" is not a scan of every assignment.
  const heldCells = new Set(doc.assignments.map((a) => `${a.activityId} ${a.departmentId} ${a.role}`));
  const holds = (activityId: string, departmentId: string, role: RoleKey) => heldCells.has(`${activityId} ${departmentId} ${role}`);
  const findings: ReferenceFinding[] = [];

  for (const activity of doc.activities) {
    const at = { activityId: activity.id };
    let owners = 0;
    let doers = 0;
    let consulted = 0;
    let informed = 0;
    let involved = 0;
    for (const department of doc.departments) {
      const roles = words.roles.filter((role) => holds(activity.id, department.id, role));
      if (roles.includes(words.owner)) owners += 1;
      if (roles.includes(words.doer)) doers += 1;
      if (roles.includes(words.consulted)) consulted += 1;
      if (roles.includes(words.informed)) informed += 1;
      if (roles.length > 0) involved += 1;
      const told = roles.includes(words.consulted) || roles.includes(words.informed);
      const working = roles.includes(words.doer) || roles.includes(words.owner);
      const bothTold = roles.includes(words.consulted) && roles.includes(words.informed);
      if ((told && working) || bothTold) findings.push({ rule: 'conflicting-roles', severity: 'warning', ...at, departmentId: department.id });
    }
    if (owners === 0) findings.push({ rule: 'no-accountable', severity: 'error', ...at });
    if (owners > 1) findings.push({ rule: 'multiple-accountable', severity: 'error', ...at });
    if (doers === 0) findings.push({ rule: 'no-responsible', severity: 'error', ...at });
    const mostDoers = words.exactlyOneDoer ? 1 : settings.maxResponsible;
    if (doers > mostDoers) findings.push({ rule: 'too-many-responsible', severity: 'warning', ...at });
    if (consulted > settings.maxConsulted) findings.push({ rule: 'too-many-consulted', severity: 'warning', ...at });
    if (doc.departments.length >= settings.everyoneInvolvedFrom && involved === doc.departments.length) {
      findings.push({ rule: 'everyone-involved', severity: 'warning', ...at });
    }
    if (consulted === 0 && informed === 0) findings.push({ rule: 'no-communication', severity: 'info', ...at });
  }

  const total = doc.activities.length;
  for (const department of doc.departments) {
    const at = { departmentId: department.id };
    let anyRole = false;
    let onlyTold = true;
    let doerOn = 0;
    let ownerOn = 0;
    for (const activity of doc.activities) {
      for (const role of words.roles) {
        if (!holds(activity.id, department.id, role)) continue;
        anyRole = true;
        if (role !== words.consulted && role !== words.informed) onlyTold = false;
        if (role === words.doer) doerOn += 1;
        if (role === words.owner) ownerOn += 1;
      }
    }
    if (!anyRole) findings.push({ rule: 'idle-department', severity: 'warning', ...at });
    // "More than p %" in whole numbers: held / total > p / 100, without rounding at the boundary.
    if (total >= settings.loadRulesFrom && doerOn * 100 > total * settings.overloadedPercent) {
      findings.push({ rule: 'overloaded-department', severity: 'warning', ...at });
    }
    if (total >= settings.loadRulesFrom && ownerOn * 100 > total * settings.concentrationPercent) {
      findings.push({ rule: 'accountability-concentration', severity: 'warning', ...at });
    }
    // An idle department is already idle-department; no-ownership is about one that holds only told roles.
    if (anyRole && onlyTold) findings.push({ rule: 'no-ownership', severity: 'info', ...at });
  }

  // What a narrow chip reads: the short label, else the name; "PR" and "pr" read alike. Each department
  // showing what an earlier one shows is one finding.
  const shown = (i: number) => (doc.departments[i]?.shortLabel ?? doc.departments[i]?.name ?? '').toLowerCase();
  doc.departments.forEach((department, j) => {
    let repeated = false;
    for (let i = 0; i < j; i += 1) if (shown(i) === shown(j)) repeated = true;
    if (repeated) findings.push({ rule: 'repeated-short-label', severity: 'warning', departmentId: department.id });
  });
  return findings;
}

/** Whether anybody holds a role of the scheme on the activity: the rows "under way" judging leaves for later. */
function touched(doc: RaciDocument, activityId: string): boolean {
  const words = schemeWords[doc.roleScheme];
  for (const department of doc.departments) {
    for (const role of words.roles) {
      if (doc.assignments.some((a) => a.activityId === activityId && a.departmentId === department.id && a.role === role)) return true;
    }
  }
  return false;
}

/** The README's "under way": untouched rows and idle departments are work to do, not faults. */
function referenceUnderWay(doc: RaciDocument): { findings: string[]; settled: number; health: number } {
  const all = referenceFindings(doc);
  const touchedIds = doc.activities.filter((a) => touched(doc, a.id)).map((a) => a.id);
  const judged = all.filter((f) => (f.activityId !== undefined ? touchedIds.includes(f.activityId) : f.rule !== 'idle-department'));
  const nothingToCheck = doc.departments.length === 0 || doc.activities.length === 0;
  // Settled: someone has a role, no error open on the row (in the whole report), neither disputed nor parked.
  const settled = nothingToCheck
    ? 0
    : doc.activities.filter(
        (a) =>
          touchedIds.includes(a.id) &&
          !all.some((f) => f.activityId === a.id && f.severity === 'error') &&
          a.status !== 'disputed' &&
          a.status !== 'parked',
      ).length;
  const errors = judged.filter((f) => f.severity === 'error').length;
  const warnings = judged.filter((f) => f.severity === 'warning').length;
  return { findings: sortedKeys(judged), settled, health: Math.max(0, 100 - 10 * errors - 3 * warnings) };
}

const runs = propertyRuns();

describe('the checks against a naive reference of the README table', () => {
  it('names the owner, doer and told roles of each scheme as roleSchemes.ts does', () => {
    for (const id of roleSchemeIds) {
      const scheme = roleSchemes[id];
      const words = schemeWords[id];
      expect({
        roles: scheme.roles.map((r) => r.key),
        owner: scheme.ownerRole,
        doer: scheme.doerRole,
        consulted: scheme.consultedRole,
        informed: scheme.informedRole,
        exactlyOneDoer: scheme.doerExactlyOne,
      }).toEqual(words);
    }
  });

  it('reads small matrices as the README says, Support included', () => {
    // The reference itself, on cases worked out by hand: otherwise a shared mistake would pass unseen.
    const rasci = documentOf({
      roleScheme: 'RASCI',
      departments: ['pr', 'it', 'hr'],
      activities: ['a1'],
      cells: ['a1 pr A', 'a1 pr R', 'a1 it S', 'a1 it C', 'a1 hr S'],
      statuses: ['open'],
      labels: [],
    });
    // Support involves a department (it and hr are not idle) but never owns, does or conflicts with being told.
    expect(sortedKeys(referenceFindings(rasci))).toEqual([]);
    const daci = documentOf({
      roleScheme: 'DACI',
      departments: ['pr', 'it', 'hr', 'legal'],
      activities: ['a1'],
      cells: ['a1 pr A', 'a1 pr D', 'a1 it D', 'a1 hr C', 'a1 hr I', 'a1 legal I'],
      statuses: ['open'],
      labels: [],
      checkSettings: { ...readmeDefaults, maxResponsible: 5 },
    });
    expect(sortedKeys(referenceFindings(daci))).toEqual([
      'conflicting-roles|warning|a1|hr',
      'everyone-involved|warning|a1|',
      'no-ownership|info||hr',
      'no-ownership|info||legal',
      'too-many-responsible|warning|a1|',
    ]);
    // "PR" and "pr" read alike, and so does a label and another department's name: the later ones are marked.
    const labelled = documentOf({
      roleScheme: 'RACI',
      departments: ['d0', 'd1', 'd2', 'd3'],
      activities: ['a1'],
      cells: ['a1 d0 A', 'a1 d0 R', 'a1 d1 C', 'a1 d2 C', 'a1 d3 I'],
      statuses: ['open'],
      labels: ['PR', 'pr', undefined, 'd2'],
    });
    expect(sortedKeys(referenceFindings(labelled)).filter((k) => k.startsWith('repeated'))).toEqual([
      'repeated-short-label|warning||d1',
      'repeated-short-label|warning||d3',
    ]);
  });

  it('finds exactly what the reference finds, judging every row of any matrix', () => {
    fc.assert(
      fc.property(matrixCaseArb, (c) => {
        const doc = documentOf(c);
        const report = checkDocument(doc);
        expect(sortedKeys(report.findings)).toEqual(sortedKeys(referenceFindings(doc)));
      }),
      { numRuns: runs },
    );
  });

  it('judges a workshop under way as the reference does: touched rows, no idle departments, settled rows', () => {
    fc.assert(
      fc.property(matrixCaseArb, (c) => {
        const doc = documentOf(c);
        const underWay = judgeReport(checkDocument(doc), 'under-way');
        expect({ findings: sortedKeys(underWay.findings), settled: underWay.settledActivities, health: underWay.health }).toEqual(
          referenceUnderWay(doc),
        );
      }),
      { numRuns: Math.ceil(runs / 4) },
    );
  });

  it('generates matrices on which every rule fires, in every scheme, so the comparison is not vacuous', () => {
    const fired = new Map<string, number>();
    for (const c of fc.sample(matrixCaseArb, { numRuns: 2000, seed: 20261122 })) {
      // Once per matrix: a rule firing on twelve rows of one matrix is still one witness.
      const rules = new Set(referenceFindings(documentOf(c)).map((f) => f.rule));
      for (const rule of rules) for (const key of [rule, `${rule} in ${c.roleScheme}`]) fired.set(key, (fired.get(key) ?? 0) + 1);
    }
    for (const rule of ruleIds) {
      expect(fired.get(rule) ?? 0, rule).toBeGreaterThanOrEqual(40);
      for (const id of roleSchemeIds) expect(fired.get(`${rule} in ${id}`) ?? 0, `${rule} in ${id}`).toBeGreaterThanOrEqual(5);
    }
  });
});

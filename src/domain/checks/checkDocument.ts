import type { RaciDocument } from '../model';
import { checkActivity } from './activityRules';
import { checkSettingsOf } from './checkSettings';
import { checkDepartment } from './departmentRules';
import { joinNames, severities, type Finding, type Severity } from './findings';
import { holdersOf, indexMatrix, roleCount } from './matrixIndex';

/** A mark for a row or a chip: info findings are advice, so they leave the mark at ok. */
export type Status = 'ok' | 'warning' | 'error';

export interface DepartmentLoad {
  /** Activities it is the doer (R) of. */
  readonly doer: number;
  /** Activities it is the owner (A) of. */
  readonly owner: number;
}

export interface CheckReport {
  /** Errors first, then warnings, then info; within each, activities in order, then departments. */
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<Severity, number>>;
  /**
   * Set when the matrix lacks departments or activities, saying which to add: every rule reads a row across
   * departments or a column down activities, so then no rule is run and `health` (100) means nothing.
   */
  readonly nothingToCheck: string | undefined;
  /** `max(0, 100 - 10 x errors - 3 x warnings)`. */
  readonly health: number;
  /** Activities with at least one owner: progress during a workshop, where empty rows are not failure. */
  readonly ownedActivities: number;
  readonly totalActivities: number;
  /** Activities nobody has a role in yet: during a workshop, work still to do rather than faults. */
  readonly untouchedActivities: ReadonlySet<string>;
  readonly activityStatus: ReadonlyMap<string, Status>;
  readonly departmentStatus: ReadonlyMap<string, Status>;
  readonly departmentLoad: ReadonlyMap<string, DepartmentLoad>;
}

const worse = (a: Status | undefined, severity: Severity): Status => {
  if (a === 'error' || severity === 'error') return 'error';
  if (a === 'warning' || severity === 'warning') return 'warning';
  return 'ok';
};

export function healthScore(errors: number, warnings: number): number {
  return Math.max(0, 100 - 10 * errors - 3 * warnings);
}

function nothingToCheckMessage(doc: RaciDocument): string | undefined {
  const missing: string[] = [];
  if (doc.departments.length === 0) missing.push('departments');
  if (doc.activities.length === 0) missing.push('activities');
  return missing.length === 0 ? undefined : `Nothing to check yet: add ${joinNames(missing)}.`;
}

/** Every rule of the README's "Live checks" over the whole matrix; linear in the number of assignments. */
export function checkDocument(doc: RaciDocument): CheckReport {
  const settings = checkSettingsOf(doc);
  const index = indexMatrix(doc);
  const nothingToCheck = nothingToCheckMessage(doc);
  // Without the other side, every row or every column would fail the same way: noise, not findings.
  const findings = nothingToCheck
    ? []
    : [
        ...doc.activities.flatMap((activity) => checkActivity(activity, doc, index, settings)),
        ...doc.departments.flatMap((department) => checkDepartment(department, doc, index, settings)),
      ].sort((a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity));

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const activityStatus = new Map<string, Status>(doc.activities.map((a) => [a.id, 'ok']));
  const departmentStatus = new Map<string, Status>(doc.departments.map((d) => [d.id, 'ok']));
  for (const finding of findings) {
    counts[finding.severity] += 1;
    // A cell finding marks its row: the row is where the room looks.
    if (finding.activityId !== undefined) activityStatus.set(finding.activityId, worse(activityStatus.get(finding.activityId), finding.severity));
    else if (finding.departmentId !== undefined) departmentStatus.set(finding.departmentId, worse(departmentStatus.get(finding.departmentId), finding.severity));
  }

  const { scheme } = index;
  return {
    findings,
    counts,
    nothingToCheck,
    health: healthScore(counts.error, counts.warning),
    ownedActivities: doc.activities.filter((a) => holdersOf(index, a.id, scheme.ownerRole).length > 0).length,
    totalActivities: doc.activities.length,
    untouchedActivities: new Set(doc.activities.filter((a) => !index.rolesOn.has(a.id)).map((a) => a.id)),
    activityStatus,
    departmentStatus,
    departmentLoad: new Map(
      doc.departments.map((d) => [d.id, { doer: roleCount(index, d.id, scheme.doerRole), owner: roleCount(index, d.id, scheme.ownerRole) }]),
    ),
  };
}

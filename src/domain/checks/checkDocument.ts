import { isWaiting } from '../activityStatus';
import type { RaciDocument } from '../model';
import { checkActivity } from './activityRules';
import { checkSettingsOf } from './checkSettings';
import { checkDepartment } from './departmentRules';
import { checkShortLabels } from './labelRules';
import { joinNames, severities, type Finding, type Severity } from './findings';
import { activitiesTouched } from '../touchedRows';
import { holdersOf, indexMatrix, roleCount, type MatrixIndex } from './matrixIndex';

/**
 * A mark for a row or a chip: info findings are advice, so they leave the mark at ok. `todo` is a row or
 * a department the room has not come to yet, while the checks judge the workshop as under way.
 */
export type Status = 'ok' | 'warning' | 'error' | 'todo';

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
  /**
   * Activities the charter could sign as they stand: someone has a role in them, no error is open on them,
   * and the room is not disputing them or keeping them for later. The progress of a workshop.
   */
  readonly settledActivities: number;
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

type Tally = Pick<CheckReport, 'findings' | 'counts' | 'health'> & {
  readonly activityStatus: Map<string, Status>;
  readonly departmentStatus: Map<string, Status>;
};

/** Counts, health and the marks of rows and chips, from a list of findings. */
function tallyFindings(findings: readonly Finding[], activityIds: readonly string[], departmentIds: readonly string[]): Tally {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const activityStatus = new Map<string, Status>(activityIds.map((id) => [id, 'ok']));
  const departmentStatus = new Map<string, Status>(departmentIds.map((id) => [id, 'ok']));
  for (const finding of findings) {
    counts[finding.severity] += 1;
    // A cell finding marks its row: the row is where the room looks.
    if (finding.activityId !== undefined) activityStatus.set(finding.activityId, worse(activityStatus.get(finding.activityId), finding.severity));
    else if (finding.departmentId !== undefined) departmentStatus.set(finding.departmentId, worse(departmentStatus.get(finding.departmentId), finding.severity));
  }
  return { findings, counts, health: healthScore(counts.error, counts.warning), activityStatus, departmentStatus };
}

/**
 * How much of the matrix the checks judge. While a workshop is under way, a row nobody has a role in yet,
 * and a department nobody has given a role yet, are work still to do, not faults; `everything` is every
 * rule over every row, as the charter and the command line always judge it.
 */
export const checkScopes = ['under-way', 'everything'] as const;
export type CheckScope = (typeof checkScopes)[number];

/** The report as judged in `scope`; the same report for `everything`. */
export function judgeReport(report: CheckReport, scope: CheckScope): CheckReport {
  if (scope === 'everything') return report;
  const judged = report.findings.filter((f) =>
    f.activityId !== undefined ? !report.untouchedActivities.has(f.activityId) : f.rule !== 'idle-department',
  );
  const tally = tallyFindings(judged, [...report.activityStatus.keys()], [...report.departmentStatus.keys()]);
  for (const id of report.untouchedActivities) tally.activityStatus.set(id, 'todo');
  for (const f of report.findings) if (f.rule === 'idle-department' && f.departmentId !== undefined) tally.departmentStatus.set(f.departmentId, 'todo');
  return { ...report, ...tally };
}

/**
 * A report with what it was made from, so the next version of the document can be checked from it: see
 * `checkMatrix`.
 */
export interface CheckedMatrix {
  readonly doc: RaciDocument;
  readonly report: CheckReport;
  readonly index: MatrixIndex;
  /** Each activity's own findings, as `checkActivity` gave them. */
  readonly activityFindings: ReadonlyMap<string, readonly Finding[]>;
}

/** Every rule of the README's "Live checks" over the whole matrix; linear in the number of assignments. */
export function checkDocument(doc: RaciDocument): CheckReport {
  return checkMatrix(doc).report;
}

/**
 * `checkDocument`, reading again only what changed since `previous` (an earlier version of the same
 * matrix): a drop or a typed letter changes one row, so a 1,000-row matrix is not read whole for it. Any
 * other change (departments, activities, the role scheme, the thresholds) reads everything. The report is
 * the same either way; a test compares the two on random edits.
 */
export function checkMatrix(doc: RaciDocument, previous?: CheckedMatrix): CheckedMatrix {
  const settings = checkSettingsOf(doc);
  const was = previous?.doc;
  // Only the assignments changed: the rows they did not touch keep their findings.
  const sameFrame = was?.departments === doc.departments && was.activities === doc.activities && was.roleScheme === doc.roleScheme && was.checkSettings === doc.checkSettings;
  const touched = sameFrame ? activitiesTouched(was.assignments, doc.assignments) : undefined;
  const index = indexMatrix(doc, touched && previous?.index, touched);
  const nothingToCheck = nothingToCheckMessage(doc);

  const activityFindings = new Map<string, readonly Finding[]>(
    doc.activities.map((activity) => [
      activity.id,
      (touched && !touched.has(activity.id) && previous?.activityFindings.get(activity.id)) || (nothingToCheck ? [] : checkActivity(activity, doc, index, settings)),
    ]),
  );
  // Without the other side, every row or every column would fail the same way: noise, not findings.
  const findings = nothingToCheck
    ? []
    : [
        ...[...activityFindings.values()].flat(),
        ...doc.departments.flatMap((department) => checkDepartment(department, doc, index, settings)),
        ...checkShortLabels(doc.departments),
      ].sort((a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity));

  const { scheme } = index;
  const tally = tallyFindings(findings, doc.activities.map((a) => a.id), doc.departments.map((d) => d.id));
  const untouchedActivities = new Set(doc.activities.filter((a) => !index.rolesOn.has(a.id)).map((a) => a.id));
  const report: CheckReport = {
    ...tally,
    nothingToCheck,
    ownedActivities: doc.activities.filter((a) => holdersOf(index, a.id, scheme.ownerRole).length > 0).length,
    totalActivities: doc.activities.length,
    untouchedActivities,
    settledActivities: nothingToCheck
      ? 0
      : doc.activities.filter((a) => !untouchedActivities.has(a.id) && tally.activityStatus.get(a.id) !== 'error' && !isWaiting(a)).length,
    departmentLoad: new Map(
      doc.departments.map((d) => [d.id, { doer: roleCount(index, d.id, scheme.doerRole), owner: roleCount(index, d.id, scheme.ownerRole) }]),
    ),
  };
  return { doc, report, index, activityFindings };
}

import type { RuleId, Severity } from '../domain/checks/findings';
import type { CheckFailure, CheckTotal, FileVerdict } from './checkFiles';

/**
 * The JSON of `check --json`, version 1 (the README's table). Every field is written out here rather than
 * spread from the domain's types, so a field added inside the app never changes what other tools read.
 */
export interface JsonFinding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly activityId?: string;
  readonly departmentId?: string;
}

export type JsonFileResult =
  | {
      readonly file: string;
      readonly ok: true;
      readonly title: string;
      /** null rather than a perfect score when there is nothing to check; `nothingToCheck` says what to add. */
      readonly health: number | null;
      readonly nothingToCheck: string | null;
      readonly counts: Readonly<Record<Severity, number>>;
      readonly ownedActivities: number;
      readonly totalActivities: number;
      readonly repairs: readonly string[];
      /** Added within version 1: fields the file has and this version does not know (no longer in `repairs`). */
      readonly ignored: readonly { readonly path: string; readonly message: string }[];
      readonly findings: readonly JsonFinding[];
    }
  | { readonly file: string; readonly ok: false; readonly error: CheckFailure };

export interface JsonCheckReport {
  readonly version: 1;
  readonly files: readonly JsonFileResult[];
  readonly total: CheckTotal;
}

function fileResult(verdict: FileVerdict): JsonFileResult {
  if (!verdict.ok) {
    const { code, message, problems } = verdict.error;
    return { file: verdict.file, ok: false, error: { code, message, problems } };
  }
  const { report } = verdict;
  return {
    file: verdict.file,
    ok: true,
    title: verdict.document.title,
    health: report.nothingToCheck ? null : report.health,
    nothingToCheck: report.nothingToCheck ?? null,
    counts: { error: report.counts.error, warning: report.counts.warning, info: report.counts.info },
    ownedActivities: report.ownedActivities,
    totalActivities: report.totalActivities,
    repairs: verdict.repairs,
    ignored: verdict.ignored.map(({ path, message }) => ({ path, message })),
    findings: report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      ...(f.activityId !== undefined ? { activityId: f.activityId } : {}),
      ...(f.departmentId !== undefined ? { departmentId: f.departmentId } : {}),
    })),
  };
}

export function checkAsJson(verdicts: readonly FileVerdict[], total: CheckTotal): string {
  const report: JsonCheckReport = { version: 1, files: verdicts.map(fileResult), total };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** What the checks produce (the README, "Live checks"). Rule ids are stable: the UI, the PDF and the CLI show them. */
export type Severity = 'error' | 'warning' | 'info';

export const ruleIds = [
  'no-accountable',
  'multiple-accountable',
  'no-responsible',
  'too-many-responsible',
  'too-many-consulted',
  'everyone-involved',
  'no-communication',
  'conflicting-roles',
  'idle-department',
  'overloaded-department',
  'accountability-concentration',
  'no-ownership',
  'repeated-short-label',
] as const;

export type RuleId = (typeof ruleIds)[number];

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** The activity it concerns (activity and cell rules). */
  readonly activityId?: string;
  /** The department it concerns (department and cell rules). */
  readonly departmentId?: string;
  /** One or two plain sentences, with the names. */
  readonly message: string;
}

export const severities: readonly Severity[] = ['error', 'warning', 'info'];

/** Stable across recomputations: the same problem keeps its key while the matrix changes around it. */
export function findingKey(finding: Finding): string {
  return `${finding.rule}|${finding.activityId ?? ''}|${finding.departmentId ?? ''}`;
}

/** "Public Relations", "Public Relations and Legal", "Public Relations, Legal and IT". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const numberWords = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

/** "1 assignment", "3 parked rows": a count inside a sentence. */
export function countNoun(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** "Two departments", "12 departments": how a sentence starts. */
export function countOf(n: number, noun: string): string {
  return `${numberWords[n] ?? String(n)} ${n === 1 ? noun : `${noun}s`}`;
}

import { severities, type Severity } from './findings';

/** How each severity is said and shown, the same in the panel, the board, the PDF and the command line. */
export interface SeverityWords {
  readonly singular: string;
  readonly plural: string;
  /** Over a group of findings: "Errors (2)". */
  readonly heading: string;
  /** The symbol beside a finding, so the severity never rests on colour alone. */
  readonly mark: string;
}

export const severityWords: Readonly<Record<Severity, SeverityWords>> = {
  error: { singular: 'error', plural: 'errors', heading: 'Errors', mark: '✕' },
  warning: { singular: 'warning', plural: 'warnings', heading: 'Warnings', mark: '!' },
  info: { singular: 'note', plural: 'notes', heading: 'Notes', mark: 'i' },
};

/** "1 error", "3 warnings", "0 notes". */
export function severityCount(n: number, severity: Severity): string {
  const words = severityWords[severity];
  return `${n} ${n === 1 ? words.singular : words.plural}`;
}

/** "2 errors, 1 warning, 0 notes": every severity, in order. */
export function severityCounts(counts: Readonly<Record<Severity, number>>): string {
  return severities.map((s) => severityCount(counts[s], s)).join(', ');
}

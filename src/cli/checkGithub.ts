import type { Severity } from '../domain/checks/findings';
import type { CheckTotal, FileVerdict } from './checkFiles';
import { totalLine } from './checkText';

/**
 * `check --format github`: GitHub Actions workflow commands, which the run shows as annotations against each
 * file. A message escapes %, CR and LF; a property value (file, title) escapes : and , as well, since those
 * separate the properties.
 */
const commandOf: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

export const escapeData = (text: string): string => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

export const escapeProperty = (text: string): string => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/** `file` is left out for a glob that matched nothing: there is no file to show the annotation against. */
function annotation(command: string, file: string | undefined, title: string, message: string): string {
  const properties = [...(file === undefined ? [] : [`file=${escapeProperty(file)}`]), `title=${escapeProperty(title)}`];
  return `::${command} ${properties.join(',')}::${escapeData(message)}`;
}

function fileAnnotations(verdict: FileVerdict): string[] {
  if (!verdict.ok) {
    const { code, message, problems } = verdict.error;
    if (code === 'no-match') return [annotation('error', undefined, 'nothing to check', message)];
    return [annotation('error', verdict.file, 'cannot be opened', [message, ...problems].join('\n'))];
  }
  return [
    // A repair changes the file at its next save, which a reviewer should know; it is no fault.
    ...verdict.repairs.map((repair) => annotation('notice', verdict.file, 'repaired while opening', repair)),
    ...verdict.ignored.map((field) => annotation('notice', verdict.file, 'ignored while opening', `${field.message} (${field.path})`)),
    ...verdict.report.findings.map((f) => annotation(commandOf[f.severity], verdict.file, f.rule, f.message)),
  ];
}

/** One annotation per finding, repair or unopened file, and the total as a plain line at the end. */
export function checkAsGithub(verdicts: readonly FileVerdict[], total: CheckTotal): string {
  return `${[...verdicts.flatMap(fileAnnotations), totalLine(total)].join('\n')}\n`;
}

import { checkDocument, type CheckReport } from '../domain/checks/checkDocument';
import { severities, type Severity } from '../domain/checks/findings';
import type { RaciDocument } from '../domain/model';
import { exitCodes, type ExitCode } from './exitCodes';
import type { Target } from './expandPaths';
import { readWorkshopPath, type IgnoredFieldWords, type OpenFailure } from './readWorkshopFile';

/** Why an argument gave nothing to judge: the file's own failure, or `no-match` for a glob or folder with no file. */
export interface CheckFailure extends Omit<OpenFailure, 'code'> {
  readonly code: OpenFailure['code'] | 'no-match';
}

/** One file judged, or why it could not be: what every output format of `check` is written from. */
export type FileVerdict =
  | {
      readonly ok: true;
      readonly file: string;
      readonly document: RaciDocument;
      readonly report: CheckReport;
      readonly repairs: readonly string[];
      readonly ignored: readonly IgnoredFieldWords[];
    }
  | { readonly ok: false; readonly file: string; readonly error: CheckFailure };

export interface CheckTotal {
  readonly files: number;
  readonly withErrors: number;
  readonly cannotBeOpened: number;
  /** Opened, and no error: warnings and notes alone pass. */
  readonly passed: number;
  /** The findings of every file opened, by severity. */
  readonly counts: Readonly<Record<Severity, number>>;
}

/** Opens and judges each target in turn (one at a time, so a folder of thousands never runs out of file handles). */
export async function checkTargets(targets: readonly Target[]): Promise<FileVerdict[]> {
  const verdicts: FileVerdict[] = [];
  for (const target of targets) {
    if (!('path' in target)) {
      verdicts.push({ ok: false, file: target.argument, error: { code: 'no-match', message: target.nothingFound, problems: [] } });
      continue;
    }
    const opened = await readWorkshopPath(target.path);
    verdicts.push(
      opened.ok
        ? { ok: true, file: target.path, document: opened.document, report: checkDocument(opened.document), repairs: opened.repairs, ignored: opened.ignored }
        : { ok: false, file: target.path, error: opened.error },
    );
  }
  return verdicts;
}

export function totalOf(verdicts: readonly FileVerdict[]): CheckTotal {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let withErrors = 0;
  for (const verdict of verdicts) {
    if (!verdict.ok) continue;
    for (const severity of severities) counts[severity] += verdict.report.counts[severity];
    if (verdict.report.counts.error > 0) withErrors += 1;
  }
  const cannotBeOpened = verdicts.filter((v) => !v.ok).length;
  return { files: verdicts.length, withErrors, cannotBeOpened, passed: verdicts.length - cannotBeOpened - withErrors, counts };
}

/** A file that cannot be opened outweighs errors: its verdict is unknown, and it may hide worse. */
export function checkExitCode(total: CheckTotal): ExitCode {
  if (total.cannotBeOpened > 0) return exitCodes.cannotOpen;
  return total.withErrors > 0 ? exitCodes.found : exitCodes.ok;
}

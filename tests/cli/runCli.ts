import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main';
import type { Environment } from '../../src/cli/charterCommand';
import { assign } from '../../src/domain/assignmentEdits';
import type { RaciDocument } from '../../src/domain/model';
import { createExampleWorkshop } from '../../src/domain/templates/example';
import { serializeWorkshop } from '../../src/format/serializeWorkshop';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in the environment given, so the machine's own locale does not leak into a test. */
export async function runIn(env: Environment, ...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } }, env);
  return { code, stdout, stderr };
}

export const run = (...args: string[]): Promise<CliRun> => runIn({}, ...args);

const stamp = { savedAt: '2026-11-22T10:00:00.000Z', appVersion: '0.1.0' };

export const exampleWorkshop = (): RaciDocument => createExampleWorkshop('2026-11-22');

/** The example with a second Accountable on the crisis row: one error, nothing else. */
export const faultyWorkshop = (): RaciDocument => assign(exampleWorkshop(), { activityId: 'crisis', departmentId: 'agency', role: 'A' });

export const workshopText = (doc: RaciDocument): string => serializeWorkshop(doc, stamp);

/** A fresh temporary folder, and a way to write files into it (folders created as needed); paths come back whole. */
export function scratchFolder(): { readonly dir: string; readonly write: (name: string, text: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'raci-cli-'));
  return {
    dir,
    write: (name, text) => {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      return path;
    },
  };
}

/** Text cut short inside the document: not valid JSON, at line 2, column 15. */
export const brokenText = '{"format": "raci-workshop", "schemaVersion": 1,\n  "document": ';

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { assign } from '../../src/domain/assignmentEdits';
import { createExampleWorkshop } from '../../src/domain/templates/example';
import { serializeWorkshop } from '../../src/format/serializeWorkshop';
import { defaultPaper, type Environment } from '../../src/cli/charterCommand';
import { readFileSync } from 'node:fs';
import { pdfText } from '../charter/pdfText';
import { fixturePath } from '../fixtures/readFixture';

const stamp = { savedAt: '2026-11-22T10:00:00.000Z', appVersion: '0.1.0' };
const dir = mkdtempSync(join(tmpdir(), 'raci-cli-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const good = write('good.raci.json', serializeWorkshop(createExampleWorkshop('2026-11-22'), stamp));
const faulty = write(
  'faulty.raci.json',
  serializeWorkshop(assign(createExampleWorkshop('2026-11-22'), { activityId: 'crisis', departmentId: 'agency', role: 'A' }), stamp),
);
const broken = write('broken.raci.json', '{"format": "raci-workshop", "schemaVersion": 1,\n  "document": ');

/** Runs the command line in the environment given, so the machine's own locale does not leak into a test. */
async function runIn(env: Environment, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } }, env);
  return { code, stdout, stderr };
}
const run = (...args: string[]) => runIn({}, ...args);

describe('raci-workshop check', () => {
  it('exits 0 and says so when every rule holds', async () => {
    const { code, stdout } = await run('check', good);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Health 100 of 100 · 0 errors, 0 warnings, 0 notes · 22 of 22 activities have an owner/);
    expect(stdout).toMatch(/No gaps and no conflicts/);
  });

  it('exits 1 with the findings grouped by severity when there are errors', async () => {
    const { code, stdout } = await run('check', faulty);
    expect(code).toBe(1);
    expect(stdout).toContain('Errors (1)\n  ✕ Two departments are accountable for Lead crisis response: Public Relations and Advertising Agency. Agree on one. [multiple-accountable]');
    expect(stdout).toMatch(/Health 90 of 100/);
  });

  it('gives the same findings as JSON with --json', async () => {
    const { code, stdout } = await run('check', faulty, '--json');
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ health: 90, counts: { error: 1, warning: 0, info: 0 }, ownedActivities: 22, totalActivities: 22, repairs: [] });
    expect(result.findings).toEqual([
      {
        rule: 'multiple-accountable',
        severity: 'error',
        activityId: 'crisis',
        message: 'Two departments are accountable for Lead crisis response: Public Relations and Advertising Agency. Agree on one.',
      },
    ]);
  });

  it('judges a RASCI and a DACI file in their own roles', async () => {
    const rasci = await run('check', fixturePath('v1/rasci'));
    expect(rasci.code).toBe(1);
    expect(rasci.stdout).toContain('✕ No department is accountable for Answer product questions. Agree on one. [no-accountable]');
    const daci = await run('check', fixturePath('v1/daci'), '--json');
    expect(daci.code).toBe(1);
    const result = JSON.parse(daci.stdout) as { findings: { rule: string; message: string }[] };
    expect(result.findings.map((f) => f.message)).toEqual([
      'No department is approving Pick the publishing tool. Agree on one.',
      'Two departments are driving Set the paid social budget: Marketing and Public Relations. DACI wants exactly one Driver.',
      'Customer Service is only ever Contributor or Informed, never Driver or Approver.',
      'Legal is only ever Contributor or Informed, never Driver or Approver.',
    ]);
  });

  it('exits 2 with the codec’s message when the file cannot be opened', async () => {
    const broken1 = await run('check', broken);
    expect(broken1.code).toBe(2);
    expect(broken1.stderr).toMatch(/cannot be opened\. The file is not valid JSON \(line 2, column 15\)/);
    const missing = await run('check', join(dir, 'nowhere.raci.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/there is no such file/);
  });

  it('lists repairs it made while opening', async () => {
    const raw = JSON.parse(serializeWorkshop(createExampleWorkshop('2026-11-22'), stamp));
    raw.document.assignments.push(raw.document.assignments[0]);
    const { stdout } = await run('check', write('repeat.raci.json', JSON.stringify(raw)));
    expect(stdout).toMatch(/Opened with one repair:\n {2}- assignments\[\d+\]: repeats an earlier assignment and was dropped\./);
  });

  it('says there is nothing to check yet, instead of a perfect health, for an empty matrix', async () => {
    const empty = { ...createExampleWorkshop('2026-11-22'), activities: [], assignments: [] };
    const path = write('empty.raci.json', serializeWorkshop(empty, stamp));
    const { code, stdout } = await run('check', path);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Nothing to check yet · 0 errors, 0 warnings, 0 notes · 0 of 0 activities have an owner/);
    expect(stdout).toContain('\nNothing to check yet: add activities.\n');
    expect(stdout).not.toMatch(/Health|every rule holds/);
    const json = JSON.parse((await run('check', path, '--json')).stdout);
    expect(json).toMatchObject({ health: null, nothingToCheck: 'Nothing to check yet: add activities.', findings: [] });
  });

  it('lists the unknown fields it ignored', async () => {
    const raw = JSON.parse(serializeWorkshop(createExampleWorkshop('2026-11-22'), stamp));
    raw.document.activities[2].owner = 'pr';
    const { stdout } = await run('check', write('unknown.raci.json', JSON.stringify(raw)));
    expect(stdout).toMatch(/Opened with one repair:\n {2}- document\.activities\[2\]\.owner: unknown field, ignored/);
  });

  it('explains its usage, and exits 2 on a wrong call', async () => {
    expect((await run('--help')).stdout).toMatch(/raci-workshop check <file.raci.json> \[--json\]/);
    expect((await run('check')).code).toBe(2);
    expect((await run('check', good, '--yaml')).stderr).toMatch(/Unknown option --yaml/);
    expect((await run('lint', good)).code).toBe(2);
  });
});

describe('raci-workshop charter', () => {
  it('writes the same charter as the app, on the paper asked for', async () => {
    const out = join(dir, 'charter.pdf');
    const { code, stdout } = await run('charter', faulty, '-o', out, '--paper', 'letter');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Wrote .*charter\.pdf \(\d+ KB, Letter\)\.\n$/);
    const { pages } = await pdfText(new Uint8Array(readFileSync(out)));
    const text = pages.join(' ');
    expect(text).toContain('Who owns social media? (example)');
    expect(text).toContain('Two departments are accountable for Lead crisis response');
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
  });

  it('writes a DACI charter in DACI words', async () => {
    const out = join(dir, 'daci.pdf');
    expect((await run('charter', fixturePath('v1/daci'), '-o', out)).code).toBe(0);
    const text = (await pdfText(new Uint8Array(readFileSync(out)))).pages.join(' ');
    expect(text).toContain('The DACI matrix');
    expect(text).toContain('Department Approver Driver Contributor Informed');
  });

  it('warns about characters the fonts cannot draw, and still writes the file', async () => {
    const doc = { ...createExampleWorkshop('2026-11-22'), title: '社交 media' };
    const source = write('cjk.raci.json', serializeWorkshop(doc, stamp));
    const { code, stderr } = await run('charter', source, '-o', join(dir, 'cjk.pdf'));
    expect(code).toBe(0);
    expect(stderr).toMatch(/cannot draw these characters.*: 社 交/);
  });

  it('exits 2 without -o, with a wrong paper, or for a file it cannot open', async () => {
    expect((await run('charter', good)).code).toBe(2);
    expect((await run('charter', good, '-o', join(dir, 'x.pdf'), '--paper', 'a3')).stderr).toMatch(/--paper is a4 or letter/);
    expect((await run('charter', broken, '-o', join(dir, 'x.pdf'))).code).toBe(2);
  });

  it('picks the paper by the app’s rule, from the locale in the environment', async () => {
    const out = join(dir, 'locale.pdf');
    // Both are Letter by the app's rule; the command line's own regex used to miss them.
    expect((await runIn({ LANG: 'es_MX.UTF-8' }, 'charter', good, '-o', out)).stdout).toMatch(/, Letter\)\.\n$/);
    expect((await runIn({ LANG: 'en_PR' }, 'charter', good, '-o', out)).stdout).toMatch(/, Letter\)\.\n$/);
    expect((await runIn({ LANG: 'de_DE.UTF-8' }, 'charter', good, '-o', out)).stdout).toMatch(/, A4\)\.\n$/);
  }, 30_000);

  it('reads the locale as POSIX does: LC_ALL, then LC_PAPER, then LANG', () => {
    expect(defaultPaper({ LC_ALL: 'fr_CA.UTF-8', LC_PAPER: 'de_DE.UTF-8', LANG: 'de_DE.UTF-8' })).toBe('letter');
    expect(defaultPaper({ LC_PAPER: 'en_US.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('letter');
    expect(defaultPaper({ LC_ALL: '', LANG: 'en_US.UTF-8' })).toBe('letter');
    expect(defaultPaper({ LANG: 'C' })).toBe('a4');
    expect(defaultPaper({ LANG: 'POSIX' })).toBe('a4');
    expect(defaultPaper({})).toBe('a4');
  });
});

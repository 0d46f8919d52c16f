import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../fixtures/readFixture';
import { brokenText, exampleWorkshop, faultyWorkshop, run, scratchFolder, workshopText } from './runCli';

const { dir, write } = scratchFolder();
const good = write('good.raci.json', workshopText(exampleWorkshop()));
const faulty = write('faulty.raci.json', workshopText(faultyWorkshop()));
const broken = write('broken.raci.json', brokenText);

/** A repository of matrices: two levels of folders, a file that is no matrix, and folders never searched. */
const repo = scratchFolder();
repo.write('plans/marketing.raci.json', workshopText(exampleWorkshop()));
repo.write('plans/regions/emea.raci.json', workshopText(faultyWorkshop()));
repo.write('plans/regions/notes.txt', 'not a matrix');
repo.write('plans/node_modules/pkg/dep.raci.json', brokenText);
repo.write('plans/.archive/old.raci.json', brokenText);

describe('raci-workshop check, one file', () => {
  it('exits 0 and says so when every rule holds', async () => {
    const { code, stdout } = await run('check', good);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Health 100 of 100 · 0 errors, 0 warnings, 0 notes · 22 of 22 activities have an owner/);
    expect(stdout).toMatch(/No gaps and no conflicts/);
    expect(stdout).toMatch(/\n1 file: 1 passed · 0 errors, 0 warnings, 0 notes\n$/);
  });

  it('exits 1 with the findings grouped by severity when there are errors', async () => {
    const { code, stdout } = await run('check', faulty);
    expect(code).toBe(1);
    expect(stdout).toContain('Errors (1)\n  ✕ Two departments are accountable for Lead crisis response: Public Relations and Advertising Agency. Agree on one. [multiple-accountable]');
    expect(stdout).toMatch(/Health 90 of 100/);
    expect(stdout).toMatch(/\n1 file: 1 with errors, 0 passed · 1 error, 0 warnings, 0 notes\n$/);
  });

  it('warns, by its rule id, about two departments showing one short label, in text and in JSON', async () => {
    const doc = exampleWorkshop();
    const alike = write('alike.raci.json', workshopText({ ...doc, departments: doc.departments.map((d) => (d.id === 'agency' ? { ...d, shortLabel: 'pr' } : d)) }));
    const message = 'Advertising Agency shows as “pr”, as Public Relations already does: their chips look alike. Give one of them another short label.';
    const text = await run('check', alike);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Warnings (1)\n  ! ${message} [repeated-short-label]`);
    const json = JSON.parse((await run('check', alike, '--json')).stdout);
    expect(json.files[0].findings).toEqual([{ rule: 'repeated-short-label', severity: 'warning', message, departmentId: 'agency' }]);
  });

  it('judges a RASCI and a DACI file in their own roles', async () => {
    const rasci = await run('check', fixturePath('v1/rasci'));
    expect(rasci.code).toBe(1);
    expect(rasci.stdout).toContain('✕ No department is accountable for Answer product questions. Agree on one. [no-accountable]');
    const daci = await run('check', fixturePath('v1/daci'));
    expect(daci.stdout).toContain('Two departments are driving Set the paid social budget: Marketing and Public Relations. DACI allows exactly one Driver per activity.');
  });

  it('exits 2 with the codec’s message when the file cannot be opened', async () => {
    const brokenRun = await run('check', broken);
    expect(brokenRun.code).toBe(2);
    expect(brokenRun.stdout).toContain(`${broken}: cannot be opened. The file is not valid JSON (line 2, column 15).`);
    const missing = await run('check', join(dir, 'nowhere.raci.json'));
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('nowhere.raci.json: cannot be opened. It could not be read: there is no such file.');
  });

  it('lists the repairs it made while opening, and apart from them the fields it ignored', async () => {
    const raw = JSON.parse(workshopText(exampleWorkshop()));
    raw.document.assignments.push(raw.document.assignments[0]);
    raw.document.activities[2].owner = 'pr';
    const { stdout } = await run('check', write('repaired.raci.json', JSON.stringify(raw)));
    expect(stdout).toMatch(/Opened with one repair:\n {2}- Assignment \d+ repeats an earlier one; it was left out\.\n/);
    expect(stdout).toContain('\nIgnored one field this version does not know:\n  - The field “owner” of activity 3 is not known to this version; it was ignored. (document.activities[2].owner)\n');
  });

  it('says there is nothing to check yet, instead of a perfect health, for an empty matrix', async () => {
    const path = write('empty.raci.json', workshopText({ ...exampleWorkshop(), activities: [], assignments: [] }));
    const { code, stdout } = await run('check', path);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Nothing to check yet · 0 errors, 0 warnings, 0 notes · 0 of 0 activities have an owner/);
    expect(stdout).toContain('\nNothing to check yet: add activities.\n');
    expect(stdout).not.toMatch(/Health|every rule holds/);
  });
});

describe('raci-workshop check, many files', () => {
  it('reports each file in the order given, then the total', async () => {
    const { code, stdout } = await run('check', good, faulty);
    expect(code).toBe(1);
    expect(stdout.indexOf(`${good}: Who owns social media? (example)`)).toBeLessThan(stdout.indexOf(`${faulty}: Who owns social media? (example)`));
    expect(stdout).toMatch(/\n2 files: 1 with errors, 1 passed · 1 error, 0 warnings, 0 notes\n$/);
  });

  it('exits 2 when any file cannot be opened, and still checks and counts the others', async () => {
    const { code, stdout } = await run('check', good, broken, faulty);
    expect(code).toBe(2);
    expect(stdout).toContain('Health 100 of 100');
    expect(stdout).toContain('Health 90 of 100');
    expect(stdout).toMatch(/\n3 files: 1 with errors, 1 cannot be opened, 1 passed · 1 error, 0 warnings, 0 notes\n$/);
  });

  it('checks a file named twice once', async () => {
    const { stdout } = await run('check', good, join(dir, '.', 'good.raci.json'));
    expect(stdout).toMatch(/\n1 file: 1 passed/);
  });

  it('reads a folder as every .raci.json inside it, at any depth, but not in node_modules or hidden folders', async () => {
    const { code, stdout } = await run('check', join(repo.dir, 'plans'));
    expect(code).toBe(1);
    const files = [...stdout.matchAll(/^(.*\.raci\.json): /gm)].map((m) => m[1]);
    expect(files).toEqual([join(repo.dir, 'plans/marketing.raci.json'), join(repo.dir, 'plans/regions/emea.raci.json')]);
    expect(stdout).toMatch(/\n2 files: 1 with errors, 1 passed/);
  });

  it('expands globs itself, since a quoted glob arrives as it was written', async () => {
    const oneLevel = await run('check', `${repo.dir}/plans/*.raci.json`);
    expect(oneLevel.stdout).toMatch(/\n1 file: 1 passed/);
    const anyDepth = await run('check', `${repo.dir}/plans/**/*.raci.json`);
    expect(anyDepth.code).toBe(1);
    expect(anyDepth.stdout).toContain('plans/regions/emea.raci.json: Who owns social media? (example)');
    expect(anyDepth.stdout).toMatch(/\n2 files: 1 with errors, 1 passed/);
    const oneCharacter = await run('check', `${repo.dir}/plans/regions/em?a.raci.json`);
    expect(oneCharacter.stdout).toMatch(/\n1 file: 1 with errors/);
  });

  it('takes only *, ? and ** as wildcards: brackets and parentheses in a name are literal', async () => {
    const odd = scratchFolder();
    odd.write('q1 (draft) [v2]/hr.raci.json', workshopText(exampleWorkshop()));
    odd.write('q1 (draft) [v2]/pr{a,b}.raci.json', workshopText(exampleWorkshop()));
    const { code, stdout } = await run('check', `${odd.dir}/q1 (draft) [v2]/*.raci.json`, `${odd.dir}/*/pr{a,b}.raci.json`);
    expect(code).toBe(0);
    const files = [...stdout.matchAll(/^(.*\.raci\.json): /gm)].map((m) => m[1]);
    expect(files).toEqual([`${odd.dir}/q1 (draft) [v2]/hr.raci.json`, `${odd.dir}/q1 (draft) [v2]/pr{a,b}.raci.json`]);
  });

  it('exits 2 naming the pattern when a glob matches nothing, or a folder holds no matrix', async () => {
    const pattern = `${repo.dir}/plans/**/*.raci.yaml`;
    const glob = await run('check', pattern, good);
    expect(glob.code).toBe(2);
    expect(glob.stdout).toContain(`No file matches ${pattern}.\n`);
    expect(glob.stdout).toMatch(/\n2 files: 1 cannot be opened, 1 passed/);
    const empty = scratchFolder();
    empty.write('readme.txt', 'nothing here');
    const folder = await run('check', empty.dir);
    expect(folder.code).toBe(2);
    expect(folder.stdout).toContain(`The folder ${empty.dir} holds no .raci.json file.`);
  });
});

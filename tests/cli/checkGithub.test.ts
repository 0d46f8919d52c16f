import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/cli/checkGithub';
import { brokenText, exampleWorkshop, faultyWorkshop, run, scratchFolder, workshopText } from './runCli';

const { write } = scratchFolder();
const faulty = write('faulty.raci.json', workshopText(faultyWorkshop()));

describe('raci-workshop check --format github', () => {
  it('writes one annotation per finding against the file, titled by rule, and the total last', async () => {
    const { code, stdout } = await run('check', faulty, '--format', 'github');
    expect(code).toBe(1);
    expect(stdout).toBe(
      `::error file=${escapeProperty(faulty)},title=multiple-accountable::Two departments are accountable for Lead crisis response: Public Relations and Advertising Agency. Agree on one.\n` +
        '1 file: 1 with errors, 0 passed · 1 error, 0 warnings, 0 notes\n',
    );
  });

  it('makes warnings warnings, notes notices, and ignored fields notices too', async () => {
    const raw = JSON.parse(workshopText({ ...exampleWorkshop(), assignments: exampleWorkshop().assignments.filter((a) => a.departmentId !== 'sales') }));
    raw.document.owner = 'pr';
    const path = write('idle, sales.raci.json', JSON.stringify(raw));
    const { stdout } = await run('check', path, '--format=github');
    const file = escapeProperty(path);
    expect(file).toContain('idle%2C sales.raci.json');
    expect(stdout).toContain(`::notice file=${file},title=ignored while opening::The field “owner” of the workshop is not known to this version; it was ignored. (document.owner)\n`);
    expect(stdout).toContain(`::warning file=${file},title=idle-department::Sales has no role in any activity.`);
  });

  it('reports a file that cannot be opened as an error with its problems, and a glob without a match without a file', async () => {
    const broken = write('broken.raci.json', brokenText);
    const invalid = write('invalid.raci.json', JSON.stringify({ format: 'raci-workshop', schemaVersion: 1, document: { title: 3 } }));
    const { code, stdout } = await run('check', broken, invalid, 'none/*.raci.json', '--format', 'github');
    expect(code).toBe(2);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`::error file=${escapeProperty(broken)},title=cannot be opened::The file is not valid JSON (line 2, column 15).`);
    expect(lines[1]).toMatch(new RegExp(`^::error file=${escapeProperty(invalid)},title=cannot be opened::The file is a RACI workshop file, but some of its content is wrong\\.%0Adocument\\.`));
    expect(lines[2]).toBe('::error title=nothing to check::No file matches none/*.raci.json.');
    expect(lines[3]).toBe('3 files: 3 cannot be opened, 0 passed · 0 errors, 0 warnings, 0 notes');
  });

  it('escapes as workflow commands need: %, CR and LF everywhere, : and , in properties', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b');
    expect(escapeProperty('C:\\plans\\a,b.raci.json')).toBe('C%3A\\plans\\a%2Cb.raci.json');
    expect(escapeProperty('50%\n')).toBe('50%25%0A');
  });
});

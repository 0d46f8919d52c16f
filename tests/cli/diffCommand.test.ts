import { describe, expect, it } from 'vitest';
import { assign, moveAssignment, unassign } from '../../src/domain/assignmentEdits';
import { addActivity, updateActivity } from '../../src/domain/activityEdits';
import { charterOf, setCharter } from '../../src/domain/charterEdits';
import { defaultCheckSettings } from '../../src/domain/checks/checkSettings';
import { addDepartment, removeDepartment, updateDepartment } from '../../src/domain/departmentEdits';
import type { RaciDocument } from '../../src/domain/model';
import { brokenText, exampleWorkshop, run, scratchFolder, workshopText } from './runCli';

const { write } = scratchFolder();
const base = exampleWorkshop();
const before = write('sent.raci.json', workshopText(base));

/** What came back from review: a role moved, one dropped, one taken on; departments renamed, added and removed; an activity renamed and one added; a new sponsor. */
function returnedByLegal(): RaciDocument {
  let doc = moveAssignment(base, { activityId: 'policy', departmentId: 'hr', role: 'R' }, { activityId: 'policy', role: 'C' });
  doc = unassign(doc, { activityId: 'strategy', departmentId: 'sales', role: 'C' });
  doc = assign(doc, { activityId: 'crisis', departmentId: 'legal', role: 'I' });
  doc = updateDepartment(doc, 'pr', { name: 'Communications' });
  doc = removeDepartment(doc, 'agency');
  doc = addDepartment(doc, { name: 'Compliance' });
  doc = updateActivity(doc, 'blog', { name: 'Write the company blog' });
  doc = addActivity(doc, { name: 'Archive posts for audits', group: 'Tools, insight and results' });
  return setCharter(doc, { ...charterOf(doc), sponsor: 'Chief Executive Officer' });
}
const after = write('returned.raci.json', workshopText(returnedByLegal()));

describe('raci-workshop diff', () => {
  it('lists what changed in the workshop’s words, grouped, with a count, and exits 1', async () => {
    const { code, stdout, stderr } = await run('diff', before, after);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        `9 changes from ${before} to ${after}:`,
        '',
        'Departments (3)',
        '  Department renamed: “Public Relations” → “Communications”.',
        '  New department: Compliance.',
        '  Department removed: Advertising Agency, with its roles.',
        '',
        'Activities (2)',
        '  Activity renamed: “Run the company blog” → “Write the company blog”.',
        '  New activity: “Archive posts for audits” in Tools, insight and results.',
        '',
        'Assignments (3)',
        '  Sales is no longer Consulted on “Set social media strategy and objectives”.',
        '  HR moves from Responsible to Consulted on “Write the social media policy”.',
        '  Legal becomes Informed on “Lead crisis response”.',
        '',
        'Charter and sign-off (1)',
        '  Charter: Sponsor “Chief Marketing Officer” → “Chief Executive Officer”.',
        '',
      ].join('\n'),
    );
  });

  it('says so and exits 0 when nothing changed', async () => {
    const copy = write('copy.raci.json', workshopText(base));
    const { code, stdout } = await run('diff', before, copy);
    expect(code).toBe(0);
    expect(stdout).toBe(`No changes: ${before} and ${copy} hold the same workshop.\n`);
  });

  it('gives each change with its stable id and kind and its sentence as JSON', async () => {
    const { code, stdout } = await run('diff', before, after, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ version: 1, before, after, equal: false });
    expect(report.changes).toHaveLength(9);
    expect(report.changes).toContainEqual({
      id: 'assignment-moved:["policy","hr"]',
      kind: 'assignment-moved',
      activityId: 'policy',
      departmentId: 'hr',
      from: 'R',
      to: 'C',
      summary: 'HR moves from Responsible to Consulted on “Write the social media policy”.',
    });
    expect(report.changes).toContainEqual({
      id: 'department-renamed:pr',
      kind: 'department-renamed',
      departmentId: 'pr',
      from: 'Public Relations',
      to: 'Communications',
      summary: 'Department renamed: “Public Relations” → “Communications”.',
    });
    const equal = JSON.parse((await run('diff', before, before, '--json')).stdout);
    expect(equal).toEqual({ version: 1, before, after: before, equal: true, changes: [] });
  });

  it('puts workshop fields and check settings under their own headings', async () => {
    const retitled = write('retitled.raci.json', workshopText({ ...base, title: 'Social media, Q3', checkSettings: { ...defaultCheckSettings, maxConsulted: 6 } }));
    const { stdout } = await run('diff', before, retitled);
    expect(stdout).toContain('\nWorkshop (1)\n  Title “Who owns social media? (example)” → “Social media, Q3”.\n');
    expect(stdout).toMatch(/\nCheck settings \(1\)\n {2}Check setting “Most Consulted departments on one activity”: 4 → 6\.\n$/);
  });

  it('exits 2 naming each file it cannot open, with nothing on stdout', async () => {
    const broken = write('broken.raci.json', brokenText);
    const { code, stdout, stderr } = await run('diff', broken, 'missing.raci.json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `${broken}: cannot be opened. The file is not valid JSON (line 2, column 15).\n` +
        'missing.raci.json: cannot be opened. It could not be read: there is no such file.\n',
    );
  });

  it('says what it repaired while opening, on stderr', async () => {
    const raw = JSON.parse(workshopText(base));
    raw.document.owner = 'pr';
    const repaired = write('repaired.raci.json', JSON.stringify(raw));
    const { code, stderr } = await run('diff', before, repaired);
    expect(code).toBe(0);
    expect(stderr).toBe(`${repaired}: ignored while opening: The field “owner” of the workshop is not known to this version; it was ignored. (document.owner)\n`);
  });
});

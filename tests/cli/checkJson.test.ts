import { describe, expect, it } from 'vitest';
import { fixturePath } from '../fixtures/readFixture';
import { brokenText, exampleWorkshop, faultyWorkshop, run, scratchFolder, workshopText } from './runCli';

const { write } = scratchFolder();
const good = write('good.raci.json', workshopText(exampleWorkshop()));
const faulty = write('faulty.raci.json', workshopText(faultyWorkshop()));
const broken = write('broken.raci.json', brokenText);

describe('raci-workshop check --json', () => {
  it('writes one document in the documented shape, version 1, with the same exit code as text', async () => {
    const { code, stdout, stderr } = await run('check', good, faulty, broken, '--json');
    expect(code).toBe(2);
    expect(stderr).toBe('');
    // The whole shape is pinned: other tools read it, so a change here is a change of version.
    expect(JSON.parse(stdout)).toEqual({
      version: 1,
      files: [
        {
          file: good,
          ok: true,
          title: 'Who owns social media? (example)',
          health: 100,
          nothingToCheck: null,
          counts: { error: 0, warning: 0, info: 0 },
          ownedActivities: 22,
          totalActivities: 22,
          repairs: [],
          ignored: [],
          findings: [],
        },
        {
          file: faulty,
          ok: true,
          title: 'Who owns social media? (example)',
          health: 90,
          nothingToCheck: null,
          counts: { error: 1, warning: 0, info: 0 },
          ownedActivities: 22,
          totalActivities: 22,
          repairs: [],
          ignored: [],
          findings: [
            {
              rule: 'multiple-accountable',
              severity: 'error',
              message: 'Two departments are accountable for Lead crisis response: Public Relations and Advertising Agency. Agree on one.',
              activityId: 'crisis',
            },
          ],
        },
        { file: broken, ok: false, error: { code: 'not-json', message: 'The file is not valid JSON (line 2, column 15).', problems: [] } },
      ],
      total: { files: 3, withErrors: 1, cannotBeOpened: 1, passed: 1, counts: { error: 1, warning: 0, info: 0 } },
    });
  });

  it('lists a field this version does not know under ignored, with its path, and not as a repair', async () => {
    const raw = JSON.parse(workshopText(exampleWorkshop()));
    raw.document.activities[0].owner = 'pr';
    const [file] = JSON.parse((await run('check', write('newer.raci.json', JSON.stringify(raw)), '--json')).stdout).files;
    expect(file.repairs).toEqual([]);
    expect(file.ignored).toEqual([{ path: 'document.activities[0].owner', message: 'The field “owner” of activity 1 is not known to this version; it was ignored.' }]);
  });

  it('is the same as --format json', async () => {
    expect((await run('check', faulty, '--format', 'json')).stdout).toBe((await run('check', faulty, '--json')).stdout);
    expect((await run('check', faulty, '--format=json', '--json')).code).toBe(1);
  });

  it('names what each finding concerns by id: the department of a department rule', async () => {
    const daci = JSON.parse((await run('check', fixturePath('v1/daci'), '--json')).stdout);
    expect(daci.files[0].findings).toContainEqual({
      rule: 'no-ownership',
      severity: 'info',
      message: 'Legal is only ever Contributor or Informed, never Driver or Approver.',
      departmentId: 'legal',
    });
  });

  it('says null health and what to add when there is nothing to check', async () => {
    const empty = write('empty.raci.json', workshopText({ ...exampleWorkshop(), activities: [], assignments: [] }));
    const [file] = JSON.parse((await run('check', empty, '--json')).stdout).files;
    expect(file).toMatchObject({ ok: true, health: null, nothingToCheck: 'Nothing to check yet: add activities.', findings: [] });
  });

  it('gives a glob without a match as a file entry with the code no-match', async () => {
    const { code, stdout } = await run('check', 'nowhere/**/*.raci.json', '--json');
    expect(code).toBe(2);
    expect(JSON.parse(stdout).files).toEqual([
      { file: 'nowhere/**/*.raci.json', ok: false, error: { code: 'no-match', message: 'No file matches nowhere/**/*.raci.json.', problems: [] } },
    ]);
  });

  it('says unreadable for a file that is missing', async () => {
    const [file] = JSON.parse((await run('check', 'missing.raci.json', '--json')).stdout).files;
    expect(file.error).toEqual({ code: 'unreadable', message: 'It could not be read: there is no such file.', problems: [] });
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPaper } from '../../src/cli/charterCommand';
import { pdfText } from '../charter/pdfText';
import { fixturePath } from '../fixtures/readFixture';
import { brokenText, exampleWorkshop, faultyWorkshop, run, runIn, scratchFolder, workshopText } from './runCli';

const { dir, write } = scratchFolder();
const good = write('good.raci.json', workshopText(exampleWorkshop()));
const faulty = write('faulty.raci.json', workshopText(faultyWorkshop()));

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
    expect((await run('charter', fixturePath('v1/daci'), '--output=' + out)).code).toBe(0);
    const text = (await pdfText(new Uint8Array(readFileSync(out)))).pages.join(' ');
    expect(text).toContain('The DACI matrix');
    expect(text).toContain('Department Approver Driver Contributor Informed');
  });

  it('warns about characters the fonts cannot draw, and still writes the file', async () => {
    const source = write('cjk.raci.json', workshopText({ ...exampleWorkshop(), title: '社交 media' }));
    const { code, stderr } = await run('charter', source, '-o', join(dir, 'cjk.pdf'));
    expect(code).toBe(0);
    expect(stderr).toMatch(/cannot draw these characters.*: 社 交/);
  });

  it('says in words why the PDF cannot be written, and exits 2', async () => {
    const missingFolder = join(dir, 'no such folder', 'charter.pdf');
    const intoMissing = await run('charter', good, '-o', missingFolder);
    expect(intoMissing.code).toBe(2);
    expect(intoMissing.stderr).toBe(`Cannot write ${missingFolder}: the folder ${join(dir, 'no such folder')} does not exist.\n`);
    const asFolder = await run('charter', good, '-o', dir);
    expect(asFolder.code).toBe(2);
    expect(asFolder.stderr).toBe(`Cannot write ${dir}: it is a folder; name the file to write in it, e.g. ${join(dir, 'charter.pdf')}.\n`);
    const underFile = await run('charter', good, '-o', join(good, 'charter.pdf'));
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).toBe(`Cannot write ${join(good, 'charter.pdf')}: ${good} is not a folder.\n`);
    expect(intoMissing.stdout + asFolder.stdout + underFile.stdout).toBe('');
  });

  it('never writes the PDF over the workshop file it reads', async () => {
    const { code, stderr } = await run('charter', good, '-o', good);
    expect(code).toBe(64);
    expect(stderr).toContain('is the workshop file itself; name a new .pdf file.');
    expect(readFileSync(good, 'utf8')).toBe(workshopText(exampleWorkshop()));
  });

  it('exits 64 for a wrong paper or a second file, and 2 for a file it cannot open', async () => {
    expect((await run('charter', good, '-o', join(dir, 'x.pdf'), '--paper', 'a3')).stderr).toMatch(/--paper is a4 or letter, not "a3"/);
    expect((await run('charter', good, faulty, '-o', join(dir, 'x.pdf'))).code).toBe(64);
    const broken = write('broken.raci.json', brokenText);
    const opened = await run('charter', broken, '-o', join(dir, 'x.pdf'));
    expect(opened.code).toBe(2);
    expect(opened.stderr).toContain('cannot be opened. The file is not valid JSON');
  });

  it('lists the fields it ignored while opening', async () => {
    const raw = JSON.parse(workshopText(exampleWorkshop()));
    raw.document.owner = 'pr';
    const source = write('repaired.raci.json', JSON.stringify(raw));
    const { code, stderr } = await run('charter', source, '-o', join(dir, 'repaired.pdf'));
    expect(code).toBe(0);
    expect(stderr).toContain('Ignored while opening: The field “owner” of the workshop is not known to this version; it was ignored. (document.owner)');
  });

  it('picks the paper by the app’s rule, from the locale in the environment', async () => {
    const out = join(dir, 'locale.pdf');
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

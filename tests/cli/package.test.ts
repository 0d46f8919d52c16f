import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleWorkshop, faultyWorkshop, workshopText } from './runCli';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

/** A user's shell, not the test runner's: vitest's own variables would leak into the build and into npm. */
function userEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
}

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program to its end and gives its exit code, whatever it is. */
function runProgram(cwd: string, program: string, args: readonly string[]): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(program, args, { cwd, env: userEnvironment(), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

async function succeed(cwd: string, program: string, args: readonly string[]): Promise<void> {
  const ran = await runProgram(cwd, program, args);
  if (ran.code !== 0) throw new Error(`${program} ${args.join(' ')} exited ${ran.code}:\n${ran.stderr}`);
}

function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

describe('the packed command line', () => {
  const work = mkdtempSync(join(tmpdir(), 'raci-pack-'));
  // The install holds jsPDF and the fonts: tens of megabytes a run would otherwise leave behind, and removing
  // them on a busy disk can take longer than a hook's default ten seconds.
  afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

  it('installs from its tarball with --omit=dev into an empty folder, and checks, compares and prints there', async () => {
    // npm pack builds the command line first (prepack), as a release would.
    await succeed(root, 'npm', ['pack', '--pack-destination', work]);
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    expect(tarball).toBe(`raci-workshop-${version}.tgz`);

    const project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'governance', private: true }));
    // --prefer-offline takes the packages from the cache that npm ci filled, so no network is needed here.
    await succeed(project, 'npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball ?? '')]);

    const installed = join(project, 'node_modules', 'raci-workshop');
    const shipped = filesBelow(installed);
    expect(shipped.filter((file) => !file.startsWith('dist-cli/'))).toEqual(['README.md', 'package.json']);
    expect(shipped).toContain('dist-cli/raci-workshop.js');
    // Neither the TypeScript tooling nor the browser's libraries come along.
    for (const name of ['tsx', 'typescript', 'vite', 'react', 'react-dom', 'zustand', '@dnd-kit/core']) {
      expect(existsSync(join(project, 'node_modules', name)), name).toBe(false);
    }

    writeFileSync(join(project, 'sent.raci.json'), workshopText(exampleWorkshop()));
    mkdirSync(join(project, 'plans', 'emea'), { recursive: true });
    writeFileSync(join(project, 'plans', 'marketing.raci.json'), workshopText(exampleWorkshop()));
    writeFileSync(join(project, 'plans', 'emea', 'returned.raci.json'), workshopText(faultyWorkshop()));
    // --no: never fetch a package of that name from the registry when the installed one is not found;
    // -- keeps npx from taking a first option such as --version for itself.
    const cli = (...args: string[]) => runProgram(project, 'npx', ['--no', '--', 'raci-workshop', ...args]);

    expect(await cli('--version')).toMatchObject({ code: 0, stdout: `${version}\n` });

    const folder = await cli('check', 'plans');
    expect(folder.code).toBe(1);
    expect(folder.stdout).toContain('plans/emea/returned.raci.json: Who owns social media? (example)');
    expect(folder.stdout).toMatch(/\n2 files: 1 with errors, 1 passed · 1 error, 0 warnings, 0 notes\n$/);

    const glob = await cli('check', 'plans/**/*.raci.json', 'missing.raci.json', '--json');
    expect(glob.code).toBe(2);
    expect(JSON.parse(glob.stdout).total).toEqual({ files: 3, withErrors: 1, cannotBeOpened: 1, passed: 1, counts: { error: 1, warning: 0, info: 0 } });

    expect((await cli('check', 'sent.raci.json')).code).toBe(0);
    expect((await cli('check', '--yaml', 'plans')).code).toBe(64);

    const diff = await cli('diff', 'sent.raci.json', 'plans/emea/returned.raci.json');
    expect(diff.code).toBe(1);
    expect(diff.stdout).toContain('Assignments (1)\n  Advertising Agency becomes Accountable on “Lead crisis response”.\n');

    const charter = await cli('charter', 'sent.raci.json', '-o', 'charter.pdf', '--paper', 'a4');
    expect(charter.code).toBe(0);
    expect(readFileSync(join(project, 'charter.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 600_000);
});

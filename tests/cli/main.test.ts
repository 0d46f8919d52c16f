import { describe, expect, it } from 'vitest';
import { run } from './runCli';

describe('raci-workshop', () => {
  it('prints its usage to stdout with exit 0 for --help, -h and help, anywhere before --', async () => {
    for (const args of [['--help'], ['-h'], ['help'], ['check', '--help'], ['diff', 'a', 'b', '-h']]) {
      const { code, stdout, stderr } = await run(...args);
      expect(code).toBe(0);
      expect(stdout).toContain('raci-workshop check <file|folder|glob>... [--json | --format text|json|github]');
      expect(stdout).toContain('64  usage');
      expect(stderr).toBe('');
    }
  });

  it('prints the package version for --version', async () => {
    const { code, stdout } = await run('--version');
    expect(code).toBe(0);
    expect(stdout).toBe(`${__APP_VERSION__}\n`);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 64 with a one-line reason and the way to help for a call it cannot make sense of', async () => {
    const cases: [string[], string][] = [
      [[], 'name a command: check, diff or charter.'],
      [['lint', 'a.raci.json'], 'there is no command "lint"; the commands are check, diff and charter.'],
      [['check'], 'check needs at least one file, folder or glob.'],
      [['check', 'a.raci.json', '--yaml'], 'check has no option --yaml.'],
      [['check', 'a.raci.json', '--json=yes'], '--json takes no value.'],
      [['check', 'a.raci.json', '--format'], '--format needs a value.'],
      [['check', 'a.raci.json', '--format', 'xml'], '--format is text, json, github, not "xml".'],
      [['check', 'a.raci.json', '--json', '--format', 'github'], '--json and --format github ask for two formats; give one.'],
      [['diff', 'a.raci.json'], 'diff compares two files: raci-workshop diff <before.raci.json> <after.raci.json>.'],
      [['charter', 'a.raci.json'], 'name the PDF to write with -o <charter.pdf>.'],
    ];
    for (const [args, reason] of cases) {
      const { code, stdout, stderr } = await run(...args);
      expect(code, args.join(' ')).toBe(64);
      expect(stdout).toBe('');
      expect(stderr).toBe(`raci-workshop: ${reason}\nRun raci-workshop --help for the commands and options.\n`);
    }
  });

  it('reads what follows -- as file names, even ones that look like options', async () => {
    const { code, stdout } = await run('check', '--', '--help');
    expect(code).toBe(2);
    expect(stdout).toContain('--help: cannot be opened. It could not be read: there is no such file.');
  });
});

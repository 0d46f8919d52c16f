import { describe, expect, it } from 'vitest';
import { globRegExp, isGlob, splitGlob } from '../../src/cli/globPattern';

const matches = (pattern: string, path: string) => globRegExp(pattern).test(path);

describe('globs', () => {
  it('knows a glob by * or ?', () => {
    expect(isGlob('plans/*.raci.json')).toBe(true);
    expect(isGlob('plan?.raci.json')).toBe(true);
    expect(isGlob('plans/q1 (draft).raci.json')).toBe(false);
  });

  it('starts from the folders before the first wildcard, and goes only as deep as the pattern', () => {
    expect(splitGlob('plans/2026/*.raci.json')).toEqual({ base: 'plans/2026', pattern: '*.raci.json', depth: 0 });
    expect(splitGlob('plans/*/final/*.raci.json')).toEqual({ base: 'plans', pattern: '*/final/*.raci.json', depth: 2 });
    expect(splitGlob('**/*.raci.json')).toEqual({ base: '.', pattern: '**/*.raci.json', depth: Infinity });
    expect(splitGlob('/srv/*.raci.json')).toEqual({ base: '/srv', pattern: '*.raci.json', depth: 0 });
    expect(splitGlob('/*.raci.json')).toEqual({ base: '/', pattern: '*.raci.json', depth: 0 });
  });

  it('matches * and ? within one folder name only', () => {
    expect(matches('*.raci.json', 'hr.raci.json')).toBe(true);
    expect(matches('*.raci.json', 'emea/hr.raci.json')).toBe(false);
    expect(matches('q?.raci.json', 'q1.raci.json')).toBe(true);
    expect(matches('q?.raci.json', 'q10.raci.json')).toBe(false);
    expect(matches('*/hr.raci.json', 'emea/hr.raci.json')).toBe(true);
  });

  it('matches ** as any number of folders, none included', () => {
    expect(matches('**/*.raci.json', 'hr.raci.json')).toBe(true);
    expect(matches('**/*.raci.json', 'emea/de/hr.raci.json')).toBe(true);
    expect(matches('emea/**/hr.raci.json', 'emea/hr.raci.json')).toBe(true);
    expect(matches('emea/**', 'emea/de/notes.txt')).toBe(true);
    expect(matches('**/*.raci.json', 'emea/notes.txt')).toBe(false);
  });

  it('takes every other character literally', () => {
    expect(matches('q1 (draft)+[v2].raci.json', 'q1 (draft)+[v2].raci.json')).toBe(true);
    expect(matches('*.raci.json', 'hr-raci.json')).toBe(false);
  });
});

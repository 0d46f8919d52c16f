import { describe, expect, it } from 'vitest';
import { coversAnyOf, parseUnicodeRange } from '../../../src/features/picture/unicodeRange';

describe('parseUnicodeRange', () => {
  it('reads single code points, intervals and wildcards as the browser serializes them', () => {
    expect(parseUnicodeRange('U+0-FF, U+131, U+152-153, U+4??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x152, 0x153],
      [0x400, 0x4ff],
    ]);
  });

  it('reads the minified form and lower case', () => {
    expect(parseUnicodeRange('U+??,u+1f00-1fff')).toEqual([
      [0, 0xff],
      [0x1f00, 0x1fff],
    ]);
  });
});

describe('coversAnyOf', () => {
  const greek = parseUnicodeRange('U+370-377, U+37A-37F, U+384-38A, U+38C, U+38E-3A1, U+3A3-3FF');

  it('finds the one character of a script among others', () => {
    expect(coversAnyOf(greek, 'Marketing, Δημόσιες Σχέσεις')).toBe(true);
    expect(coversAnyOf(greek, 'Marketing, Связи с общественностью')).toBe(false);
  });

  it('reads characters beyond the basic plane whole', () => {
    expect(coversAnyOf(parseUnicodeRange('U+1F600'), 'ok 😀')).toBe(true);
    expect(coversAnyOf(parseUnicodeRange('U+D83D'), 'ok 😀')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { paperForLocale } from '../../src/domain/paperSize';

describe('paperForLocale', () => {
  it.each([
    ['en-US', 'letter'],
    ['fr-CA', 'letter'],
    ['es-MX', 'letter'],
    ['en_PR', 'letter'],
    ['es_GT.UTF-8', 'letter'],
    ['en_US.UTF-8', 'letter'],
    ['en_us.utf8', 'letter'],
    ['zh-Hant-TW', 'a4'],
    ['sr-Latn-RS', 'a4'],
    ['en-GB', 'a4'],
    ['de-DE', 'a4'],
    ['de_DE.UTF-8@euro', 'a4'],
    ['el-GR', 'a4'],
    ['de', 'a4'],
    ['es-419', 'a4'],
    ['C', 'a4'],
    ['C.UTF-8', 'a4'],
    ['POSIX', 'a4'],
    ['', 'a4'],
  ] as const)('%s takes %s', (locale, paper) => {
    expect(paperForLocale(locale)).toBe(paper);
  });

  it('reads the region, not an extension that looks like one', () => {
    // "-u-co-phonebk" is a collation, not Colombia.
    expect(paperForLocale('de-u-co-phonebk')).toBe('a4');
  });
});

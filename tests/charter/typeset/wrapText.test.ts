import { beforeAll, describe, expect, it } from 'vitest';
import { loadHyphenation, type Syllables } from '../../../src/charter/typeset/hyphenation';
import { wrapText } from '../../../src/charter/typeset/wrapText';

/** A monospaced measure: one unit a character, so widths read as character counts. */
const chars = (text: string) => text.length;
let syllables: Syllables;
beforeAll(async () => {
  syllables = await loadHyphenation(['Δημόσιες Σχέσεις', 'Служба поддержки']);
});

describe('wrapText', () => {
  it('breaks between words and keeps the text’s own line breaks', () => {
    expect(wrapText('Define when a post must be escalated', 26, chars, syllables)).toEqual({ lines: ['Define when a post must be', 'escalated'], fits: true, hyphenated: false });
    expect(wrapText('One\nTwo three', 20, chars, syllables).lines).toEqual(['One', 'Two three']);
  });

  it('hyphenates a word too long for its line at the dictionary’s points, each broken line ending in a hyphen', () => {
    const { lines, fits, hyphenated } = wrapText('Corporate Communications', 8, chars, syllables);
    expect(lines).toEqual(['Corpo-', 'rate', 'Communi-', 'cations']);
    expect(fits).toBe(true);
    expect(hyphenated).toBe(true);
    expect(lines.join('').replace(/-/g, '')).toBe('CorporateCommunications');
  });

  it('breaks at a word’s own hyphen first, adding none', () => {
    expect(wrapText('Follow-up', 7, chars, syllables).lines).toEqual(['Follow-', 'up']);
    expect(wrapText('Müller-Lüdenscheidt', 7, chars, syllables).lines).toEqual(['Müller-', 'Lüden-', 'scheidt']);
  });

  it('hyphenates Greek and Cyrillic words with their own patterns', () => {
    expect(wrapText('Информационные', 8, chars, syllables).lines).toEqual(['Информа-', 'ционные']);
    expect(wrapText('Επικοινωνίας', 8, chars, syllables).lines.every((line, i, all) => i === all.length - 1 || line.endsWith('-'))).toBe(true);
  });

  it('says when a piece could only be broken between letters, and still marks the break', () => {
    const { lines, fits } = wrapText('Xzqxzqxzqxzq', 5, chars, syllables);
    expect(fits).toBe(false);
    expect(lines.slice(0, -1).every((line) => line.endsWith('-') && line.length <= 5)).toBe(true);
    expect(lines.join('').replace(/-/g, '')).toBe('Xzqxzqxzqxzq');
  });
});

describe('loadHyphenation in a German workshop', () => {
  it('breaks German compounds with the German patterns, where US English would split “Kundendi-enst”', async () => {
    const german = await loadHyphenation(['Öffentlichkeitsarbeit', 'Kundendienstmitarbeiterschulung']);
    expect(german('Kundendienstmitarbeiterschulung')).toEqual(['Kun', 'den', 'dienst', 'mit', 'ar', 'bei', 'ter', 'schu', 'lung']);
    expect(german('Öffentlichkeitsarbeit')).toEqual(['Öf', 'fent', 'lich', 'keits', 'ar', 'beit']);
  });
});
